import { Field, ID, InputType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';
import { AccountIdentifierFields } from './account-identifier.fields';

@InputType()
export class RegisterInput extends AccountIdentifierFields {
  @MaxLength(TEXT_BOUNDS.personName)
  @Field()
  fullName: string;

  @MaxLength(TEXT_BOUNDS.password)
  @Field()
  password: string;

  @Field(() => AudienceEnum, { nullable: true })
  audience?: Audience | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;
}
