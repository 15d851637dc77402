import { Field, ObjectType } from '@nestjs/graphql';
import { CourseModel } from './course.model';

@ObjectType('CourseEdge')
export class CourseEdge {
  @Field()
  cursor: string;

  @Field(() => CourseModel)
  node: CourseModel;
}
