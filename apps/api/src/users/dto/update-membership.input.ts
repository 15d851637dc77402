import { Field, ID, InputType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';

@InputType({ description: 'Where a person belongs; a field left out is kept' })
export class UpdateMembershipInput {
  @Field(() => ID, { nullable: true, description: 'null takes the person out of every unit (administrators only)' })
  orgUnitId?: string | null;

  @Field(() => AudienceEnum, { nullable: true })
  audience?: Audience | null;
}
