import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UnitExpertsView } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';

@ObjectType('UnitExpert')
export class UnitExpertModel {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  position: string | null;
}

@ObjectType('UnitExperts')
export class UnitExpertsModel {
  @Field(() => OrgUnitModel)
  orgUnit?: OrgUnitModel;

  @ListSize(LIST_BOUNDS.expertsPerUnit)
  @Field(() => [UnitExpertModel], { description: 'empty: the unit has no expert who is still its member' })
  experts: UnitExpertModel[];

  orgUnitId: string;

  static from(view: UnitExpertsView): UnitExpertsModel {
    return Object.assign(new UnitExpertsModel(), view);
  }
}
