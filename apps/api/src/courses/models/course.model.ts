import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { CourseAction, CourseStatus, CourseView, RevisionStatus } from '@hocso/server-core';
import { CourseActionEnum, CourseStatusEnum } from '../course-enums';

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

  @Field(() => Date, { nullable: true, description: 'Authors and administrators: when the course (or its revision) was last sent to review' })
  submittedAt: Date | null;

  /** Resolved to the person's name by `submittedBy`. */
  submittedById: string | null;

  @Field({ description: 'Whether the signed-in user may edit this course (and so reads its working copy)' })
  canEdit: boolean;

  @Field(() => [CourseActionEnum], {
    description: 'What the signed-in user may do to this course now, given its workflow state and their rights (empty for readers)',
  })
  allowedActions: CourseAction[];

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  /** The course as this reader sees it (see course-access.ts): which version, and what they may see and do. */
  view: CourseView;

  static from(view: CourseView): CourseModel {
    const { course } = view;
    return Object.assign(new CourseModel(), {
      id: course.id,
      code: course.code,
      title: course.title,
      summary: course.summary,
      status: course.status,
      hours: course.hours,
      coverImageUrl: course.coverImageUrl,
      prerequisiteCodes: course.prerequisiteCodes,
      revisionStatus: course.revisionStatus,
      reviewComment: course.reviewComment,
      submittedAt: course.submittedAt,
      submittedById: course.submittedById,
      canEdit: view.canEdit,
      allowedActions: view.allowedActions,
      publishedAt: course.publishedAt,
      createdAt: course.createdAt,
      updatedAt: course.updatedAt,
      view,
    });
  }
}
