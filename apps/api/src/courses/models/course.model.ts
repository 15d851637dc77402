import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { CourseStatus, CourseView, RevisionStatus } from '@hocso/server-core';
import { CourseStatusEnum } from '../course-enums';

@ObjectType('Course')
export class CourseModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => CourseStatusEnum)
  status: CourseStatus;

  @Field(() => Float, { description: 'study hours that count toward mandatory training' })
  hours: number;

  @Field(() => String, { nullable: true })
  coverImageUrl: string | null;

  @Field(() => [String], { description: 'codes of the courses a learner must have completed before enrolling' })
  prerequisiteCodes: string[];

  @Field(() => CourseStatusEnum, {
    nullable: true,
    description: 'Authors and administrators: DRAFT or IN_REVIEW while the next version of a published course is prepared',
  })
  revisionStatus: RevisionStatus | null;

  @Field(() => String, { nullable: true, description: "Authors and administrators: the reviewer's comment when sent back to draft" })
  reviewComment: string | null;

  @Field({ description: 'Whether the signed-in user may edit this course (and so reads its working copy)' })
  canEdit: boolean;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** The published version this reader sees; null: the working copy. */
  versionId: string | null;

  static from(view: CourseView): CourseModel {
    const { course, canEdit } = view;
    return Object.assign(new CourseModel(), {
      id: course.id,
      code: course.code,
      title: course.title,
      summary: course.summary,
      status: course.status,
      hours: course.hours,
      coverImageUrl: course.coverImageUrl,
      prerequisiteCodes: course.prerequisiteCodes,
      revisionStatus: canEdit ? course.revisionStatus : null,
      reviewComment: canEdit ? course.reviewComment : null,
      canEdit,
      publishedAt: course.publishedAt,
      createdAt: course.createdAt,
      updatedAt: course.updatedAt,
      versionId: view.versionId,
    });
  }

  /** A course its editor just changed: they read the working copy. */
  static edited(course: CourseView['course']): CourseModel {
    return CourseModel.from({ course, canEdit: true, versionId: null });
  }
}
