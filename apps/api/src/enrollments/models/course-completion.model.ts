import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { CourseCompletionView } from '@hocso/server-core';

@ObjectType('CourseCompletion', { description: 'One completion of a course by a learner: the first, then each retake completed' })
export class CourseCompletionModel {
  @Field(() => Int, { description: '1 for the first completion, one more for each retake completed' })
  number: number;

  @Field()
  completedAt: Date;

  @Field(() => Int, { description: 'the course version completed' })
  version: number;

  static from(view: CourseCompletionView): CourseCompletionModel {
    return Object.assign(new CourseCompletionModel(), { number: view.completionNumber, completedAt: view.completedAt, version: view.courseVersion });
  }
}
