import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  type Locale,
  type QuestionFormat,
  QuestionBankService,
  QuestionExportService,
  MAX_INLINE_EXPORT_LENGTH,
  MAX_EXPORT_SELECTION,
  QuestionImportService,
  QuestionService,
} from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { connectionOf } from '../common/connection';
import { RequestLocale } from '../common/request-locale.decorator';
import type { GraphqlContext } from '../graphql/request-loaders';
import { CreateQuestionBankInput } from './dto/create-question-bank.input';
import { ImportQuestionsInput } from './dto/import-questions.input';
import { QuestionPageArgs } from './dto/question-page.args';
import { ImportErrorModel } from './models/import-error.model';
import { ImportQuestionsResultModel } from './models/import-questions-result.model';
import { QuestionBankCollaboratorModel } from './models/question-bank-collaborator.model';
import { QuestionBankModel } from './models/question-bank.model';
import { QuestionCategoryModel } from './models/question-category.model';
import { QuestionConnection } from './models/question-connection.model';
import { QuestionExportModel } from './models/question-export.model';
import { QuestionModel } from './models/question.model';
import { QuestionFormatEnum } from './question-bank-enums';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { MaxPerOperation } from '../graphql/operation-shape';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => QuestionBankModel)
export class QuestionBankResolver {
  constructor(
    private readonly banks: QuestionBankService,
    private readonly questionService: QuestionService,
    private readonly importer: QuestionImportService,
    private readonly exporter: QuestionExportService,
  ) {}

  @Query(() => QuestionBankModel, { nullable: true, description: 'NOT_FOUND for an unknown id; FORBIDDEN unless owner, co-author or admin' })
  async questionBank(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.getView(actor, id));
  }

  @ListSize(LIST_BOUNDS.banksPerTrainer)
  @Query(() => [QuestionBankModel], { description: 'banks the signed-in trainer owns or co-authors' })
  async myQuestionBanks(@CurrentActor() actor: Actor): Promise<QuestionBankModel[]> {
    return (await this.banks.listMine(actor)).map(QuestionBankModel.from);
  }

  @ListSize(LIST_BOUNDS.categoriesPerBank)
  @Query(() => [QuestionCategoryModel])
  async questionCategories(@CurrentActor() actor: Actor, @Args('bankId', { type: () => ID }) bankId: string): Promise<QuestionCategoryModel[]> {
    return (await this.questionService.categories(actor, bankId)).map(QuestionCategoryModel.from);
  }

  @MaxPerOperation(1)
  @ArgMaxLengths({ category: TEXT_BOUNDS.categoryPath })
  @Query(() => String, { description: 'the questions of a bank (or of a category and its subcategories) as GIFT, Moodle XML or Aiken' })
  async exportQuestions(
    @CurrentActor() actor: Actor,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('format', { type: () => QuestionFormatEnum }) format: QuestionFormat,
    @Args('category', { type: () => String, nullable: true }) category?: string | null,
  ): Promise<string> {
    return (await this.exporter.export(actor, bankId, format, { category }, { maxLength: MAX_INLINE_EXPORT_LENGTH })).text;
  }

  @MaxPerOperation(1)
  @ArgMaxLengths({ category: TEXT_BOUNDS.categoryPath })
  @Query(() => QuestionExportModel, {
    description: `a bank, a category (with its subcategories) or a selection of at most ${MAX_EXPORT_SELECTION} questions as a file, with the questions the format cannot hold named and why`,
  })
  async questionExport(
    @CurrentActor() actor: Actor,
    @RequestLocale() locale: Locale,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('format', { type: () => QuestionFormatEnum }) format: QuestionFormat,
    @Args('category', { type: () => String, nullable: true }) category?: string | null,
    @Args('questionIds', { type: () => [ID], nullable: true }) questionIds?: string[] | null,
  ): Promise<QuestionExportModel> {
    const exported = await this.exporter.export(actor, bankId, format, { category, questionIds }, { maxLength: MAX_INLINE_EXPORT_LENGTH });
    return QuestionExportModel.from(exported, locale);
  }

  @Mutation(() => QuestionBankModel)
  async createQuestionBank(@CurrentActor() actor: Actor, @Args('input') input: CreateQuestionBankInput): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.create(actor, input));
  }

  @ArgMaxLengths({ title: TEXT_BOUNDS.title })
  @Mutation(() => QuestionBankModel)
  async renameQuestionBank(
    @CurrentActor() actor: Actor,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('title') title: string,
  ): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.rename(actor, bankId, title));
  }

  @ArgMaxLengths({ userEmail: TEXT_BOUNDS.email })
  @Mutation(() => QuestionBankModel, { description: 'owner only: the person (a trainer) may then read, import, edit and export' })
  async shareQuestionBank(
    @CurrentActor() actor: Actor,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('userEmail') userEmail: string,
  ): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.share(actor, bankId, userEmail));
  }

  @ArgMaxLengths({ userEmail: TEXT_BOUNDS.email })
  @Mutation(() => QuestionBankModel, { description: 'owner, or a co-author removing themselves' })
  async unshareQuestionBank(
    @CurrentActor() actor: Actor,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('userEmail') userEmail: string,
  ): Promise<QuestionBankModel> {
    return QuestionBankModel.from(await this.banks.unshare(actor, bankId, userEmail));
  }

  @MaxPerOperation(1)
  @Mutation(() => ImportQuestionsResultModel, {
    description: 'imports every readable question in one transaction; each unreadable one is an error with its line',
  })
  async importQuestions(
    @CurrentActor() actor: Actor,
    @Args('input') input: ImportQuestionsInput,
    @RequestLocale() locale: Locale,
  ): Promise<ImportQuestionsResultModel> {
    const outcome = await this.importer.import(actor, input);
    return {
      imported: outcome.questions.length,
      questions: outcome.questions.map(QuestionModel.from),
      errors: outcome.errors.map((error) => ImportErrorModel.from(error, locale)),
    };
  }

  @ResolveField(() => [QuestionModel])
  async questions(
    @Parent() bank: QuestionBankModel,
    @Context() ctx: GraphqlContext,
    @Args('category', { type: () => String, nullable: true }) category?: string | null,
  ): Promise<QuestionModel[]> {
    return (await ctx.loaders.questionBanks.questionsByBankAndCategory.load(`${bank.id}\n${category?.trim() ?? ''}`)).map(QuestionModel.from);
  }

  @ResolveField(() => QuestionConnection)
  async questionPage(@Parent() bank: QuestionBankModel, @CurrentActor() actor: Actor, @Args() args: QuestionPageArgs): Promise<QuestionConnection> {
    return connectionOf(await this.questionService.page(actor, bank.id, args), QuestionModel.from);
  }

  @ResolveField(() => [QuestionCategoryModel])
  async categories(@Parent() bank: QuestionBankModel, @Context() ctx: GraphqlContext): Promise<QuestionCategoryModel[]> {
    return (await ctx.loaders.questionBanks.categoriesByBank.load(bank.id)).map(QuestionCategoryModel.from);
  }

  @ResolveField(() => [QuestionBankCollaboratorModel])
  async collaborators(@Parent() bank: QuestionBankModel, @Context() ctx: GraphqlContext): Promise<QuestionBankCollaboratorModel[]> {
    return ctx.loaders.questionBanks.collaboratorsByBank.load(bank.id);
  }
}
