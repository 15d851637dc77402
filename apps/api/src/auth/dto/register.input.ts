import { Field, ID, InputType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';

@InputType()
export class RegisterInput {
  @Field()
  fullName: string;

  @Field()
  email: string;

  @Field()
  password: string;

  @Field(() => AudienceEnum, { nullable: true })
  audience?: Audience | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;
}
