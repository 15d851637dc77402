import { Field, ID, InputType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType()
export class RegisterInput {
  @MaxLength(TEXT_BOUNDS.personName)
  @Field()
  fullName: string;

  @MaxLength(TEXT_BOUNDS.email)
  @Field(() => String, { nullable: true })
  email?: string | null;

  @MaxLength(TEXT_BOUNDS.phone)
  @Field(() => String, { nullable: true })
  phone?: string | null;

  @MaxLength(TEXT_BOUNDS.password)
  @Field()
  password: string;

  @Field(() => AudienceEnum, { nullable: true })
  audience?: Audience | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;
}
