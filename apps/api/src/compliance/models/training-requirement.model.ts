import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { hoursOf, type TrainingRequirementView } from '@hocso/server-core';
import { AudienceEnum } from '../../common/graphql-enums';
import { CourseModel } from '../../courses/models/course.model';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';
import { TrackModel } from '../../tracks/models/track.model';

@ObjectType('TrainingRequirement')
export class TrainingRequirementModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => OrgUnitModel)
  orgUnit?: OrgUnitModel;

  @Field(() => [AudienceEnum], { description: 'empty: every audience' })
  audiences: Audience[];

  @Field(() => CourseModel, { nullable: true })
  course?: CourseModel | null;

  @Field(() => TrackModel, { nullable: true })
  track: TrackModel | null;

  @Field(() => Float, { nullable: true })
  hours: number | null;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int, { nullable: true })
  dueWithinDays: number | null;

  @Field(() => Int, { nullable: true })
  recurrenceMonths: number | null;

  @Field(() => Int, { nullable: true })
  renewalWindowDays: number | null;

  @Field(() => Int, { description: 'people it covers now' })
  assignedCount: number;

  orgUnitId: string;

  courseId: string | null;

  static from(view: TrainingRequirementView): TrainingRequirementModel {
    const { requirement } = view;
    return Object.assign(new TrainingRequirementModel(), {
      id: requirement.id,
      title: requirement.title,
      audiences: requirement.audiences,
      track: view.track ? TrackModel.from(view.track) : null,
      hours: hoursOf(requirement),
      dueAt: requirement.dueAt,
      dueWithinDays: requirement.dueWithinDays,
      recurrenceMonths: requirement.recurrenceMonths,
      renewalWindowDays: requirement.renewalWindowDays,
      assignedCount: view.assignedCount,
      orgUnitId: requirement.orgUnitId,
      courseId: requirement.courseId,
    });
  }
}
