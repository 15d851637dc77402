import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, ExamDayService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ExamDayModel } from './models/exam-day.model';

@Resolver(() => ExamDayModel)
export class ExamDayResolver {
  constructor(private readonly examDays: ExamDayService) {}

  @Query(() => ExamDayModel, { description: "the exam's takers by unit, live: for its editors, and for unit managers over their subtrees; orgUnitId narrows to one subtree" })
  async examDay(
    @CurrentActor() actor: Actor,
    @Args('examId', { type: () => ID }) examId: string,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string | null,
  ): Promise<ExamDayModel> {
    return ExamDayModel.from(await this.examDays.examDay(actor, examId, orgUnitId));
  }

  @Mutation(() => Int, {
    description: "moves the deadline of every attempt in progress of the unit's subtree by `minutes` (1..1440) at once; answers how many moved; the exam's editors only",
  })
  async extendExamDeadlines(
    @CurrentActor() actor: Actor,
    @Args('examId', { type: () => ID }) examId: string,
    @Args('orgUnitId', { type: () => ID }) orgUnitId: string,
    @Args('minutes', { type: () => Int }) minutes: number,
  ): Promise<number> {
    return this.examDays.extendExamDeadlines(actor, examId, orgUnitId, minutes);
  }
}
