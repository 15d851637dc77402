import { Field, ID, ObjectType } from '@nestjs/graphql';
import { QUESTION_PAGE_SIZES, type QuestionBankAction, type QuestionBankView } from '@hocso/server-core';
import { QuestionBankActionEnum } from '../question-bank-enums';
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

  @Field(() => [QuestionBankActionEnum], { description: 'What the signed-in user may do to this bank, given their part in it' })
  allowedActions: QuestionBankAction[];

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from({ bank, allowedActions }: QuestionBankView): QuestionBankModel {
    return Object.assign(new QuestionBankModel(), {
      id: bank.id,
      title: bank.title,
      ownerId: bank.ownerId,
      allowedActions,
      createdAt: bank.createdAt,
      updatedAt: bank.updatedAt,
    });
  }
}
