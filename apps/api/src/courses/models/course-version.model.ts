import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LIST_BOUNDS } from '../../graphql/list-bounds';
import { ListSize } from '../../graphql/list-size';
import { CourseModuleModel } from './course-module.model';

@ObjectType('CourseVersion', { description: 'A published version of a course and how many learners are on it' })
export class CourseVersionModel {
  @Field(() => Int)
  version: number;

  @Field()
  publishedAt: Date;

  @Field(() => Int, { description: 'active and completed enrollments on this version' })
  learnerCount: number;

  @Field({ description: 'Whether this is the version the catalogue shows and new learners enroll in' })
  live: boolean;

  @ListSize(LIST_BOUNDS.modulesPerCourse)
  @Field(() => [CourseModuleModel], {
    description:
      "The version's frozen modules and lessons. Authors and administrators read every version; anyone else only the live one or the one they are enrolled in (FORBIDDEN otherwise)",
  })
  modules?: CourseModuleModel[];

  versionId: string;
}
