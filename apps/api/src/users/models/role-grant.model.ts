import { Field, ObjectType } from '@nestjs/graphql';
import type { Role } from '@hocso/contracts';
import { RoleEnum } from '../../common/graphql-enums';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';

@ObjectType('RoleGrant')
export class RoleGrantModel {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => OrgUnitModel, { nullable: true, description: 'UNIT_MANAGER: the org subtree the role applies to' })
  orgUnit: OrgUnitModel | null;

  @Field({ description: 'Whether the signed-in user may revoke this grant (never LEARNER, which every account is)' })
  revocable: boolean;
}
