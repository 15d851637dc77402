import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, AnswerSavingService, AttemptService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { OrgUnitModel } from '../org-units/models/org-unit.model';
import { UserModel } from '../users/models/user.model';
import { SaveAnswerInput } from './dto/save-answer.input';
import { AttemptQuestionModel } from './models/attempt-question.model';
import { ExamAttemptModel } from './models/exam-attempt.model';
import { ExamModel } from './models/exam.model';
import { SavedAnswerModel } from './models/saved-answer.model';
import { orgUnitOf } from './org-unit-of';

@Resolver(() => ExamAttemptModel)
export class AttemptsResolver {
  constructor(
    private readonly attempts: AttemptService,
    private readonly saving: AnswerSavingService,
  ) {}

  @Query(() => ExamAttemptModel, {
    nullable: true,
    description: "its taker, the exam's editors, the managers of the unit it was taken in (read-only); NOT_FOUND for anyone else. Closed first when past its deadline",
  })
  async attempt(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ExamAttemptModel> {
    return ExamAttemptModel.from(await this.attempts.get(actor, id));
  }

  @ListSize(LIST_BOUNDS.attemptsPerLearnerExam)
  @Query(() => [ExamAttemptModel], { description: "the caller's own attempts at the exam (the latest 100), the first first" })
  async myAttempts(@CurrentActor() actor: Actor, @Args('examId', { type: () => ID }) examId: string): Promise<ExamAttemptModel[]> {
    return (await this.attempts.mine(actor, examId)).map(ExamAttemptModel.from);
  }

  @Mutation(() => ExamAttemptModel, {
    description:
      "resumes the learner's IN_PROGRESS attempt if there is one; CONFLICT outside the window, with no attempt left, or before the delay between attempts (retryAfterSeconds); TOO_MANY_REQUESTS exam.waitingRoom when too many start at once (position, retryAfterSeconds)",
  })
  async startAttempt(
    @CurrentActor() actor: Actor,
    @Args('examId', { type: () => ID }) examId: string,
    @Context() ctx: GraphqlContext,
  ): Promise<ExamAttemptModel> {
    const started = await this.attempts.start(actor, examId);
    // What the start read already, the answer's fields do not read again.
    ctx.loaders.exams.byId.prime(started.exam.id, started.exam);
    if (started.answers) ctx.loaders.attempts.answersByAttemptId.prime(started.attempt.id, started.answers);
    return ExamAttemptModel.from(started);
  }

  @Mutation(() => SavedAnswerModel, {
    description: 'idempotent and ordered by clientSeq per slot: answers what is stored; CONFLICT exam.attemptClosed past the deadline and grace',
  })
  async saveAnswer(@CurrentActor() actor: Actor, @Args('input') input: SaveAnswerInput): Promise<SavedAnswerModel> {
    return SavedAnswerModel.from(await this.saving.save(actor, input));
  }

  @Mutation(() => ExamAttemptModel, { description: 'idempotent: a submitted attempt is returned as it is' })
  async submitAttempt(@CurrentActor() actor: Actor, @Args('attemptId', { type: () => ID }) attemptId: string): Promise<ExamAttemptModel> {
    return ExamAttemptModel.from(await this.attempts.submit(actor, attemptId));
  }

  @ResolveField(() => ExamModel)
  async exam(@Parent() attempt: ExamAttemptModel, @Context() ctx: GraphqlContext): Promise<ExamModel> {
    const exam = await ctx.loaders.exams.byId.load(attempt.entity.examId);
    if (!exam) throw new Error(`Exam ${attempt.entity.examId} of attempt ${attempt.id} is missing`);
    return ExamModel.from(exam);
  }

  @ResolveField(() => UserModel)
  async user(@Parent() attempt: ExamAttemptModel, @Context() ctx: GraphqlContext): Promise<UserModel> {
    const user = await ctx.loaders.users.byId.load(attempt.entity.userId);
    if (!user) throw new Error(`User ${attempt.entity.userId} of attempt ${attempt.id} is missing`);
    return UserModel.from(user);
  }

  @ResolveField(() => OrgUnitModel, { nullable: true, description: "the taker's org unit when the attempt started" })
  orgUnit(@Parent() attempt: ExamAttemptModel, @Context() ctx: GraphqlContext): Promise<OrgUnitModel | null> {
    return orgUnitOf(attempt.entity.orgUnitId, ctx);
  }

  @ListSize(LIST_BOUNDS.questionsPerAttempt)
  @ResolveField(() => [AttemptQuestionModel], { description: "the attempt's questions in its order, as frozen when it started" })
  async questions(@Parent() attempt: ExamAttemptModel, @Context() ctx: GraphqlContext): Promise<AttemptQuestionModel[]> {
    const { slots } = attempt.entity;
    const questions = await ctx.loaders.attempts.questionByVersionId.loadMany(slots.map((slot) => slot.versionId));
    return slots.map((slot, index) => {
      const question = questions[index];
      if (!question || question instanceof Error) throw new Error(`Question version ${slot.versionId} of attempt ${attempt.id} is missing`);
      return AttemptQuestionModel.from(slot, question);
    });
  }

  @ListSize(LIST_BOUNDS.questionsPerAttempt)
  @ResolveField(() => [SavedAnswerModel], { description: 'the answer stored for each answered slot, by slot' })
  async answers(@Parent() attempt: ExamAttemptModel, @Context() ctx: GraphqlContext): Promise<SavedAnswerModel[]> {
    return (await ctx.loaders.attempts.answersByAttemptId.load(attempt.id)).map(SavedAnswerModel.from);
  }
}
