import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('CourseVersion', { description: 'A published version of a course and how many learners are on it' })
export class CourseVersionModel {
  @Field(() => Int)
  version: number;

  @Field()
  publishedAt: Date;

  @Field(() => Int, { description: 'active and completed enrollments on this version' })
  learnerCount: number;
}
