import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/page-info.model';
import { CourseEdge } from './course-edge.model';

@ObjectType('CourseConnection')
export class CourseConnection {
  @Field(() => [CourseEdge])
  edges: CourseEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}
