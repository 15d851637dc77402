import { Field, ID, InputType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  position?: string | null;

  @Field(() => AudienceEnum, { nullable: true })
  audience?: Audience | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;
}
