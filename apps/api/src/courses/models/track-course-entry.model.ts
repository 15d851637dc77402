import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CourseModel } from './course.model';

@ObjectType('TrackCourseEntry', { description: "A published course's place in a track" })
export class TrackCourseEntryModel {
  @Field(() => CourseModel)
  course: CourseModel;

  @Field(() => Int, { description: '1-based order in the track' })
  position: number;

  @Field({ description: 'whether the track requires this course' })
  mandatory: boolean;
}
