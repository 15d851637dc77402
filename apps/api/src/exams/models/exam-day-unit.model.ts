import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ExamDayUnitView } from '@hocso/server-core';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';

@ObjectType('ExamDayUnit', { description: 'Where the takers of one org unit stand' })
export class ExamDayUnitModel {
  @Field(() => OrgUnitModel, { nullable: true, description: 'null for takers in no unit (citizens at an exam open to all)' })
  orgUnit?: OrgUnitModel | null;

  @Field(() => Int)
  notStarted: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int, { description: 'in progress past the deadline' })
  overdue: number;

  orgUnitId: string | null;

  static from(view: ExamDayUnitView): ExamDayUnitModel {
    return Object.assign(new ExamDayUnitModel(), view);
  }
}
