import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { QuestionBankRole } from '@hocso/server-core';
import { QuestionBankRoleEnum } from '../question-bank-enums';

@ObjectType('QuestionBankCollaborator')
export class QuestionBankCollaboratorModel {
  @Field(() => ID)
  userId: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => QuestionBankRoleEnum)
  role: QuestionBankRole;
}
