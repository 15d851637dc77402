import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { EnrollmentEntity, EnrollmentSource, EnrollmentStatus } from '@hocso/server-core';
import { EnrollmentSourceEnum, EnrollmentStatusEnum } from '../../courses/course-enums';
import { CourseModel } from '../../courses/models/course.model';
import { UserModel } from '../../users/models/user.model';

@ObjectType('Enrollment')
export class EnrollmentModel {
  @Field(() => ID)
  id: string;

  @Field(() => CourseModel, { description: 'the course as of the version the learner enrolled in' })
  course?: CourseModel;

  @Field(() => UserModel)
  user?: UserModel;

  @Field(() => EnrollmentStatusEnum)
  status: EnrollmentStatus;

  @Field(() => EnrollmentSourceEnum)
  source: EnrollmentSource;

  @Field(() => Float, { description: '0..1 over the required lessons' })
  progress: number;

  @Field(() => [ID])
  completedLessonIds: string[];

  @Field()
  enrolledAt: Date;

  @Field(() => Date, { nullable: true, description: 'the latest completion; while a retake runs, the earlier one, which still counts' })
  completedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'set while the learner takes the completed course again: progress and completedLessonIds are the retake\'s, while status stays COMPLETED and completedAt the earlier completion, which counts until it expires',
  })
  retakeStartedAt: Date | null;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;

  @Field({ description: 'when the learner last did something in the course (enrolled, completed a lesson…)' })
  lastActiveAt: Date;

  courseId: string;
  userId: string;
  courseVersionId: string;

  static from(entity: EnrollmentEntity): EnrollmentModel {
    return Object.assign(new EnrollmentModel(), {
      id: entity.id,
      status: entity.status,
      source: entity.source,
      progress: entity.progress,
      completedLessonIds: entity.completedLessonIds,
      enrolledAt: entity.enrolledAt,
      completedAt: entity.completedAt,
      retakeStartedAt: entity.retakeStartedAt,
      dueAt: entity.dueAt,
      lastActiveAt: entity.updatedAt,
      courseId: entity.courseId,
      userId: entity.userId,
      courseVersionId: entity.courseVersionId,
    });
  }
}
