import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ExamDayState, ExamDayTakerView } from '@hocso/server-core';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';
import { UserModel } from '../../users/models/user.model';
import { ExamDayStateEnum } from '../exam-review-enums';

@ObjectType('ExamDayTaker', { description: 'One taker on exam day' })
export class ExamDayTakerModel {
  @Field(() => UserModel)
  user?: UserModel;

  @Field(() => OrgUnitModel, { nullable: true, description: "the attempt's unit (the taker's when it started), else the taker's" })
  orgUnit?: OrgUnitModel | null;

  @Field(() => ExamDayStateEnum)
  state: ExamDayState;

  @Field(() => ID, { nullable: true, description: 'the attempt in progress, else the latest; null before the start' })
  attemptId: string | null;

  @Field(() => Date, { nullable: true, description: 'when an answer of that attempt was last saved: its age against serverNow' })
  lastSavedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deadline: Date | null;

  userId: string;
  orgUnitId: string | null;

  static from(view: ExamDayTakerView): ExamDayTakerModel {
    return Object.assign(new ExamDayTakerModel(), view);
  }
}
