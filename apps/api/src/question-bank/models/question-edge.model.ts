import { Field, ObjectType } from '@nestjs/graphql';
import { QuestionModel } from './question.model';

@ObjectType('QuestionEdge')
export class QuestionEdge {
  @Field()
  cursor: string;

  @Field(() => QuestionModel)
  node: QuestionModel;
}
