import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { QuestionBankEntity } from '@hocso/server-core';
import { QuestionBankCollaboratorModel } from './question-bank-collaborator.model';
import { QuestionCategoryModel } from './question-category.model';
import { QuestionConnection } from './question-connection.model';
import { QuestionModel } from './question.model';

@ObjectType('QuestionBank')
export class QuestionBankModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => [QuestionModel], { description: 'current questions; a category includes its subcategories' })
  questions?: QuestionModel[];

  @Field(() => QuestionConnection, {
    description: 'a page of current questions in category order; FORBIDDEN unless owner, co-author or admin',
  })
  questionPage?: QuestionConnection;

  @Field(() => [QuestionCategoryModel], { description: 'every category, in tree order' })
  categories?: QuestionCategoryModel[];

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
