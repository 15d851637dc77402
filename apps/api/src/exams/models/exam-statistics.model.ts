import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ExamStatisticsView } from '@hocso/server-core';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { HistogramBinModel } from './histogram-bin.model';
import { QuestionStatisticsModel } from './question-statistics.model';

@ObjectType('ExamStatistics', { description: "Moodle's quiz statistics, over the first graded attempt of each learner" })
export class ExamStatisticsModel {
  @Field(() => ID)
  examId: string;

  @Field(() => Int)
  attemptCount: number;

  @Field(() => Float, { nullable: true })
  meanPercent: number | null;

  @Field(() => Float, { nullable: true })
  medianPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'sample standard deviation of the percents; null below 2 attempts' })
  standardDeviation: number | null;

  @Field(() => Float, { nullable: true, description: "internal consistency of the test, as Moodle's CIC (Cronbach's alpha); null below 2 attempts" })
  cronbachAlpha: number | null;

  @ListSize(LIST_BOUNDS.questionsPerAttempt)
  @Field(() => [QuestionStatisticsModel])
  questions: QuestionStatisticsModel[];

  @ListSize(10)
  @Field(() => [HistogramBinModel], { description: 'ten bins of 10 % for the score chart' })
  histogram: HistogramBinModel[];

  static from(view: ExamStatisticsView): ExamStatisticsModel {
    return Object.assign(new ExamStatisticsModel(), {
      examId: view.exam.id,
      attemptCount: view.attemptCount,
      meanPercent: view.meanPercent,
      medianPercent: view.medianPercent,
      standardDeviation: view.standardDeviation,
      cronbachAlpha: view.cronbachAlpha,
      questions: view.questions.map(QuestionStatisticsModel.from),
      histogram: view.histogram.map(HistogramBinModel.from),
    });
  }
}
