import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ExamDayView } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { ExamDayTakerModel } from './exam-day-taker.model';
import { ExamDayUnitModel } from './exam-day-unit.model';

@ObjectType('ExamDay', { description: "The live page of an exam: its takers by unit (a unit manager sees their subtrees')" })
export class ExamDayModel {
  @Field(() => ID)
  examId: string;

  @Field({ description: "the server's clock, to tell the age of each last save" })
  serverNow: Date;

  @ListSize(LIST_BOUNDS.examDayUnits)
  @Field(() => [ExamDayUnitModel])
  units: ExamDayUnitModel[];

  @ListSize(LIST_BOUNDS.examDayTakers)
  @Field(() => [ExamDayTakerModel], { description: 'overdue first, then in progress by oldest last save, not started, submitted; at most 2,000' })
  takers: ExamDayTakerModel[];

  @Field(() => Int, { description: 'every taker counted in the units' })
  takerCount: number;

  static from(view: ExamDayView): ExamDayModel {
    return Object.assign(new ExamDayModel(), {
      examId: view.exam.id,
      serverNow: view.now,
      units: view.units.map(ExamDayUnitModel.from),
      takers: view.takers.map(ExamDayTakerModel.from),
      takerCount: view.takerCount,
    });
  }
}
