import { Args, Float, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  type AttemptState,
  AttemptReviewService,
  ExamAttemptListService,
  ExamRegradeService,
  GRADING_COMMENT_MAX_LENGTH,
  type Locale,
  ManualGradingService,
} from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { AttemptStateEnum } from './attempt-enums';
import { AttemptReviewModel } from './models/attempt-review.model';
import { EssayToGradeModel } from './models/essay-to-grade.model';
import { ExamAttemptModel } from './models/exam-attempt.model';
import { RegradeResultModel } from './models/regrade-result.model';

/** Review of submitted attempts, the grading queue, manual grades and regrading. */
@Resolver(() => AttemptReviewModel)
export class ExamReviewResolver {
  constructor(
    private readonly reviews: AttemptReviewService,
    private readonly grading: ManualGradingService,
    private readonly regrading: ExamRegradeService,
    private readonly attemptLists: ExamAttemptListService,
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

  @ListSize(LIST_BOUNDS.attemptsPerExam)
  @Query(() => [ExamAttemptModel], {
    description: "the exam's attempts, newest first (at most 2,000): every one for its editors, those taken in their subtrees for unit managers; by unit subtree and state",
  })
  async examAttempts(
    @CurrentActor() actor: Actor,
    @Args('examId', { type: () => ID }) examId: string,
    @Args('orgUnitId', { type: () => ID, nullable: true }) orgUnitId?: string | null,
    @Args('state', { type: () => AttemptStateEnum, nullable: true }) state?: AttemptState | null,
  ): Promise<ExamAttemptModel[]> {
    return (await this.attemptLists.examAttempts(actor, examId, { orgUnitId, state })).map(ExamAttemptModel.from);
  }

  @ArgMaxLengths({ comment: GRADING_COMMENT_MAX_LENGTH })
  @Mutation(() => ExamAttemptModel, {
    description: "grades an essay (or overrides any question's points, 0..its max) with a comment; the attempt is GRADED once nothing waits; the exam's editors only",
  })
  async gradeAnswer(
    @CurrentActor() actor: Actor,
    @Args('attemptId', { type: () => ID }) attemptId: string,
    @Args('slot', { type: () => Int }) slot: number,
    @Args('points', { type: () => Float }) points: number,
    @Args('comment', { type: () => String, nullable: true }) comment?: string | null,
  ): Promise<ExamAttemptModel> {
    return ExamAttemptModel.from(await this.grading.gradeAnswer(actor, attemptId, slot, points, comment));
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
