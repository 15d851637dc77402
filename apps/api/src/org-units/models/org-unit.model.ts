import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OrgUnitAction, OrgUnitEntity } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { OrgUnitActionEnum } from '../org-unit-enums';

@ObjectType('OrgUnit')
export class OrgUnitModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: 'e.g. PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, HAMLET, ENTERPRISE: data, not a closed list' })
  kind: string;

  @Field(() => OrgUnitModel, { nullable: true })
  parent?: OrgUnitModel | null;

  @ListSize(LIST_BOUNDS.childOrgUnits)
  @Field(() => [OrgUnitModel])
  children?: OrgUnitModel[];

  @ListSize(LIST_BOUNDS.orgUnitDepth)
  @Field(() => [OrgUnitModel], { description: 'From the root down to this unit' })
  path?: OrgUnitModel[];

  @Field(() => Int)
  childCount?: number;

  @Field(() => Int)
  memberCount?: number;

  @Field(() => [OrgUnitActionEnum], { description: 'What the signed-in user may do to this unit (empty for everyone but administrators)' })
  allowedActions?: OrgUnitAction[];

  parentId: string | null;

  materialisedPath: string;

  static from(entity: OrgUnitEntity): OrgUnitModel {
    return Object.assign(new OrgUnitModel(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      kind: entity.kind,
      parentId: entity.parentId,
      materialisedPath: entity.path,
    });
  }
}
