import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ComplianceFigures } from '@hocso/server-core';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';

@ObjectType('ComplianceRow')
export class ComplianceRowModel {
  @Field(() => OrgUnitModel)
  orgUnit?: OrgUnitModel;

  @Field(() => Int, { description: "people covered in the unit's subtree" })
  required: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'not completed and past the due date' })
  overdue: number;

  @Field(() => Float, { nullable: true, description: 'completed / required, 0..1; null when required is 0' })
  rate: number | null;

  orgUnitId: string;

  static from(figures: ComplianceFigures): ComplianceRowModel {
    return Object.assign(new ComplianceRowModel(), figures);
  }
}
