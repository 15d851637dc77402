import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, QuestionService } from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { QuestionInput } from './dto/question.input';
import { QuestionCategoryModel } from './models/question-category.model';
import { QuestionModel } from './models/question.model';
import { LIST_BOUNDS } from '../graphql/list-bounds';
import { ListSize } from '../graphql/list-size';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';

@Resolver(() => QuestionModel)
export class QuestionResolver {
  constructor(private readonly questions: QuestionService) {}

  @Query(() => QuestionModel, { nullable: true })
  async question(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<QuestionModel> {
    return QuestionModel.from(await this.questions.get(actor, id));
  }

  @ListSize(LIST_BOUNDS.versionsPerQuestion)
  @Query(() => [QuestionModel], { description: 'every version of a question, newest first' })
  async questionVersions(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<QuestionModel[]> {
    return (await this.questions.versions(actor, id)).map(QuestionModel.from);
  }

  @Mutation(() => QuestionModel)
  async createQuestion(
    @CurrentActor() actor: Actor,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('input') input: QuestionInput,
  ): Promise<QuestionModel> {
    return QuestionModel.from(await this.questions.create(actor, bankId, input));
  }

  @Mutation(() => QuestionModel, { description: 'a change of content adds a version; attempts keep the version they drew' })
  async updateQuestion(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: QuestionInput,
  ): Promise<QuestionModel> {
    return QuestionModel.from(await this.questions.update(actor, id, input));
  }

  @Mutation(() => Boolean, { description: 'removes the question from its bank; its versions stay for the attempts that used them' })
  async deleteQuestion(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.questions.delete(actor, id);
    return true;
  }

  @ArgMaxLengths({ path: TEXT_BOUNDS.categoryPath })
  @Mutation(() => QuestionCategoryModel, { description: 'creates an empty category and its parents; existing ones are kept' })
  async createQuestionCategory(
    @CurrentActor() actor: Actor,
    @Args('bankId', { type: () => ID }) bankId: string,
    @Args('path') path: string,
  ): Promise<QuestionCategoryModel> {
    return QuestionCategoryModel.from(await this.questions.createCategory(actor, bankId, path));
  }
}
