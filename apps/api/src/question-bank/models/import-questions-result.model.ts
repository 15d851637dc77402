import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportErrorModel } from './import-error.model';
import { QuestionModel } from './question.model';
import { AlreadyComputed } from '../../graphql/list-size';

@ObjectType('ImportQuestionsResult')
export class ImportQuestionsResultModel {
  @Field(() => Int)
  imported: number;

  @AlreadyComputed()
  @Field(() => [QuestionModel])
  questions: QuestionModel[];

  @AlreadyComputed()
  @Field(() => [ImportErrorModel])
  errors: ImportErrorModel[];
}
