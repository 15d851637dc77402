import { Field, ID, ObjectType } from '@nestjs/graphql';
import { QUESTION_PAGE_SIZES, type QuestionBankEntity } from '@hocso/server-core';
import { QuestionBankCollaboratorModel } from './question-bank-collaborator.model';
import { QuestionCategoryModel } from './question-category.model';
import { QuestionConnection } from './question-connection.model';
import { QuestionModel } from './question.model';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize, PageSize } from '../../graphql/list-size';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { ArgMaxLengths } from '../../graphql/text-lengths';

@ObjectType('QuestionBank')
export class QuestionBankModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @ListSize(LIST_BOUNDS.questionsPerBank)
  @ArgMaxLengths({ category: TEXT_BOUNDS.categoryPath })
  @Field(() => [QuestionModel], { description: 'current questions; a category includes its subcategories' })
  questions?: QuestionModel[];

  @PageSize(QUESTION_PAGE_SIZES)
  @ArgMaxLengths({ category: TEXT_BOUNDS.categoryPath, search: TEXT_BOUNDS.search, after: TEXT_BOUNDS.cursor })
  @Field(() => QuestionConnection, {
    description: 'a page of current questions in category order; FORBIDDEN unless owner, co-author or admin',
  })
  questionPage?: QuestionConnection;

  @ListSize(LIST_BOUNDS.categoriesPerBank)
  @Field(() => [QuestionCategoryModel], { description: 'every category, in tree order' })
  categories?: QuestionCategoryModel[];

  @ListSize(LIST_BOUNDS.collaboratorsPerBank)
  @Field(() => [QuestionBankCollaboratorModel], { description: 'the owner, then the co-authors' })
  collaborators?: QuestionBankCollaboratorModel[];

  @Field(() => ID)
  ownerId: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(entity: QuestionBankEntity): QuestionBankModel {
    return Object.assign(new QuestionBankModel(), {
      id: entity.id,
      title: entity.title,
      ownerId: entity.ownerId,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}
