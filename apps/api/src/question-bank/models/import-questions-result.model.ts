import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportErrorModel } from './import-error.model';
import { QuestionModel } from './question.model';

@ObjectType('ImportQuestionsResult')
export class ImportQuestionsResultModel {
  @Field(() => Int)
  imported: number;

  @Field(() => [QuestionModel])
  questions: QuestionModel[];

  @Field(() => [ImportErrorModel])
  errors: ImportErrorModel[];
}
