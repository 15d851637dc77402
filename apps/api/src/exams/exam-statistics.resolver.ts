import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { type Actor, ExamStatisticsService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ExamStatisticsModel } from './models/exam-statistics.model';

@Resolver(() => ExamStatisticsModel)
export class ExamStatisticsResolver {
  constructor(private readonly statistics: ExamStatisticsService) {}

  @Query(() => ExamStatisticsModel, {
    description: "Moodle's quiz statistics over each learner's first graded attempt; editors only (CSV and XLSX: GET /exams/:id/statistics.csv, .xlsx)",
  })
  async examStatistics(@CurrentActor() actor: Actor, @Args('examId', { type: () => ID }) examId: string): Promise<ExamStatisticsModel> {
    return ExamStatisticsModel.from(await this.statistics.statistics(actor, examId));
  }
}
