import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import type { Role } from '@hocso/contracts';
import { RoleEnum } from '../../common/graphql-enums';

@ArgsType()
export class UsersArgs {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  orgUnitId?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only deactivated accounts; false: only active ones; null: both' })
  deactivated?: boolean | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
