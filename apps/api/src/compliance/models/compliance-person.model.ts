import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { PersonRequirementAction, UnitPeoplePage, UnitPersonRequirement } from '@hocso/server-core';
import { SizedByParent } from '../../graphql/list-size';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';
import { PersonRequirementActionEnum } from '../compliance-enums';
import { PersonRequirementModel } from './person-requirement.model';

@ObjectType('CompliancePerson', { description: "A covered person of a unit's subtree and one requirement: the drill down of a compliance report" })
export class CompliancePersonModel extends PersonRequirementModel {
  @Field()
  fullName: string;

  @Field(() => OrgUnitModel, { description: 'the unit the person is a member of' })
  orgUnit?: OrgUnitModel;

  @Field(() => [PersonRequirementActionEnum])
  allowedActions: PersonRequirementAction[];

  orgUnitId: string;

  static fromPerson(item: UnitPersonRequirement): CompliancePersonModel {
    return Object.assign(new CompliancePersonModel(), PersonRequirementModel.from(item), {
      fullName: item.fullName,
      orgUnitId: item.orgUnitId,
      allowedActions: item.allowedActions,
    });
  }
}

@ObjectType('CompliancePeoplePage')
export class CompliancePeoplePageModel {
  @Field(() => Int)
  totalCount: number;

  @SizedByParent()
  @Field(() => [CompliancePersonModel])
  items: CompliancePersonModel[];

  static from(page: UnitPeoplePage): CompliancePeoplePageModel {
    return { totalCount: page.totalCount, items: page.items.map(CompliancePersonModel.fromPerson) };
  }
}
