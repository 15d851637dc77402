import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, canEditExam, type ExamAccess, type ExamAction, examAllowedActions, ExamService, type ExamTakerStatus } from '@hocso/server-core';
import { CurrentActor, OptionalActor } from '../auth/current-actor.decorator';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { CreateExamInput } from './dto/create-exam.input';
import { ExamActionEnum } from './exam-enums';
import { ExamRuleInput } from './dto/exam-rule.input';
import { ExamOverrideModel } from './models/exam-override.model';
import { ExamRuleModel } from './models/exam-rule.model';
import { ExamModel } from './models/exam.model';

@Resolver(() => ExamModel)
export class ExamsResolver {
  constructor(private readonly exams: ExamService) {}

  @Query(() => ExamModel, { nullable: true, description: 'NOT_FOUND for an unknown id; FORBIDDEN unless the caller edits, may take or monitors the exam' })
  async exam(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<ExamModel> {
    return ExamModel.fromView(await this.exams.get(actor, id));
  }

  @ListSize(LIST_BOUNDS.examsPerList)
  @Query(() => [ExamModel], { description: "the exams of a bank, newest first; for those who may use the bank" })
  async examsOfBank(@CurrentActor() actor: Actor, @Args('bankId', { type: () => ID }) bankId: string): Promise<ExamModel[]> {
    return (await this.exams.ofBank(actor, bankId)).map(ExamModel.fromView);
  }

  @ListSize(LIST_BOUNDS.examsPerList)
  @Query(() => [ExamModel], { description: 'public exams ("Thi trực tuyến") open now, then those opening within 30 days' })
  async openExams(@CurrentActor() actor: Actor): Promise<ExamModel[]> {
    return (await this.exams.open(actor)).map(ExamModel.fromView);
  }

  @ListSize(LIST_BOUNDS.rulesPerExam)
  @Query(() => [Int], { description: 'how many questions each rule can draw from the bank, the rules sharing questions taken into account' })
  async examRuleCounts(
    @CurrentActor() actor: Actor,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('rules', { type: () => [ExamRuleInput] }) rules: ExamRuleInput[],
  ): Promise<number[]> {
    return this.exams.ruleCounts(actor, bankId, rules);
  }

  @Mutation(() => ExamModel, { description: 'for those who may use the bank; a rule asking for more questions than it can draw is refused with the numbers' })
  async createExam(@CurrentActor() actor: Actor, @Args('input') input: CreateExamInput): Promise<ExamModel> {
    return ExamModel.fromView(await this.exams.create(actor, input));
  }

  @Mutation(() => ExamModel, {
    description: 'replaces the settings and rules (the bank stays); attempts keep their questions, deadlines in progress follow the new window and limit',
  })
  async updateExam(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: CreateExamInput,
  ): Promise<ExamModel> {
    return ExamModel.fromView(await this.exams.update(actor, id, input));
  }

  @ResolveField(() => [ExamRuleModel])
  async rules(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext): Promise<ExamRuleModel[]> {
    return (await ctx.loaders.exams.rulesByExamId.load(exam.id)).map(ExamRuleModel.from);
  }

  @ResolveField(() => [ExamActionEnum])
  async allowedActions(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<ExamAction[]> {
    if (!actor) return [];
    const [access, status] = await Promise.all([accessOf(exam, ctx), ctx.loaders.exams.takerStatusOf.load(exam.entity)]);
    return examAllowedActions(actor, access, status);
  }

  @ResolveField(() => Int, { nullable: true })
  async attemptCount(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<number | null> {
    if (!actor || !canEditExam(actor, await accessOf(exam, ctx))) return null;
    return ctx.loaders.exams.attemptCountByExamId.load(exam.id);
  }

  @ResolveField(() => [ExamOverrideModel])
  async overrides(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<ExamOverrideModel[]> {
    if (!actor || !canEditExam(actor, await accessOf(exam, ctx))) return [];
    return (await ctx.loaders.exams.overridesByExamId.load(exam.id)).map(ExamOverrideModel.from);
  }

  @ResolveField(() => Int, { nullable: true })
  async myAttemptsLeft(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<number | null> {
    return (await takerStatusOf(exam, ctx, actor))?.attemptsLeft ?? null;
  }

  @ResolveField(() => Date, { nullable: true })
  async myNextAttemptAt(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<Date | null> {
    return (await takerStatusOf(exam, ctx, actor))?.nextAttemptAt ?? null;
  }

  @ResolveField(() => Float, { nullable: true })
  async myBestPercent(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<number | null> {
    return (await takerStatusOf(exam, ctx, actor))?.gradePercent ?? null;
  }

  @ResolveField(() => Boolean, { nullable: true })
  async myPassed(@Parent() exam: ExamModel, @Context() ctx: GraphqlContext, @OptionalActor() actor?: Actor): Promise<boolean | null> {
    return (await takerStatusOf(exam, ctx, actor))?.passed ?? null;
  }
}

function accessOf(exam: ExamModel, ctx: GraphqlContext): Promise<ExamAccess> {
  return exam.access ? Promise.resolve(exam.access) : ctx.loaders.exams.accessOf.load(exam.entity);
}

/** The caller's standing at the exam; none for an anonymous reader (an EXAM lesson of the public catalogue). */
function takerStatusOf(exam: ExamModel, ctx: GraphqlContext, actor: Actor | undefined): Promise<ExamTakerStatus | null> {
  return actor ? ctx.loaders.exams.takerStatusOf.load(exam.entity) : Promise.resolve(null);
}
