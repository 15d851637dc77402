import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/page-info.model';
import { QuestionEdge } from './question-edge.model';

@ObjectType('QuestionConnection')
export class QuestionConnection {
  @Field(() => [QuestionEdge])
  edges: QuestionEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
