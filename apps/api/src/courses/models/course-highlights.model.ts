import { Field, ObjectType } from '@nestjs/graphql';
import { MAX_HIGHLIGHTS } from '@hocso/server-core';
import { ListSize } from '../../graphql/list-size';
import { CourseModel } from './course.model';

@ObjectType('CourseHighlights', { description: "The home page's courses" })
export class CourseHighlightsModel {
  @ListSize(MAX_HIGHLIGHTS)
  @Field(() => [CourseModel], { description: 'featured: the published courses with the most learners' })
  mostEnrolled: CourseModel[];

  @ListSize(MAX_HIGHLIGHTS)
  @Field(() => [CourseModel], { description: 'the most recently published courses' })
  newest: CourseModel[];
}
