import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, AttemptReviewService, ExamRegradeService, type Locale, ManualGradingService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { AttemptReviewModel } from './models/attempt-review.model';
import { EssayToGradeModel } from './models/essay-to-grade.model';
import { RegradeResultModel } from './models/regrade-result.model';

/** Review of submitted attempts, the grading queue, manual grades and regrading. */
@Resolver(() => AttemptReviewModel)
export class ExamReviewResolver {
  constructor(
    private readonly reviews: AttemptReviewService,
    private readonly grading: ManualGradingService,
    private readonly regrading: ExamRegradeService,
  ) {}

  @Query(() => AttemptReviewModel, {
    description: "what the review policy allows the caller to see of a submitted attempt: its taker, the exam's editors (everything), managers of the taker's unit",
  })
  async attemptReview(@CurrentActor() actor: Actor, @Args('attemptId', { type: () => ID }) attemptId: string, @RequestLocale() locale: Locale): Promise<AttemptReviewModel> {
    return AttemptReviewModel.from(await this.reviews.review(actor, attemptId, locale));
  }

  @ListSize(LIST_BOUNDS.essaysToGrade)
  @Query(() => [EssayToGradeModel], { description: "the exam's essays no trainer has graded yet, oldest submission first (at most 500); editors only" })
  async essaysToGrade(@CurrentActor() actor: Actor, @Args('examId', { type: () => ID }) examId: string): Promise<EssayToGradeModel[]> {
    return (await this.grading.essaysToGrade(actor, examId)).map(EssayToGradeModel.from);
  }

  @Mutation(() => RegradeResultModel, {
    description: 'after a question was corrected: regrades the submitted attempts holding an older version with the current one, keeping manual grades; editors only',
  })
  async regradeExam(
    @CurrentActor() actor: Actor,
    @Args('examId', { type: () => ID }) examId: string,
    @Args('questionId', { type: () => ID }) questionId: string,
  ): Promise<RegradeResultModel> {
    return RegradeResultModel.from(await this.regrading.regradeExam(actor, examId, questionId));
  }
}
