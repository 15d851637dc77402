import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { hoursOf, type MyTrainingRequirement } from '@hocso/server-core';
import { AudienceEnum } from '../../common/graphql-enums';
import { CourseModel } from '../../courses/models/course.model';
import { OrgUnitModel } from '../../org-units/models/org-unit.model';
import { TrackModel } from '../../tracks/models/track.model';
import { PersonRequirementModel } from './person-requirement.model';

@ObjectType('MyTrainingRequirement', { description: 'A requirement covering the signed-in person, and why it applies to them' })
export class MyTrainingRequirementModel extends PersonRequirementModel {
  @Field()
  title: string;

  @Field(() => CourseModel, { nullable: true })
  course?: CourseModel | null;

  @Field(() => TrackModel, { nullable: true })
  track?: TrackModel | null;

  @Field(() => Float, { nullable: true })
  hours: number | null;

  @Field(() => OrgUnitModel, { description: "the requirement's unit, which the person belongs to (directly or through a sub-unit)" })
  coveredThrough?: OrgUnitModel;

  @Field(() => AudienceEnum, { nullable: true, description: 'the audience through which it applies; null when it applies to everyone of the unit' })
  audience: Audience | null;

  @Field(() => Date, { nullable: true, description: "when a met recurring requirement's completion expires (its due date); null otherwise" })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'when its renewal window opens: expiresAt less the renewal window; null without a window' })
  renewalOpensAt: Date | null;

  @Field({ description: 'met, recurring and inside its renewal window: to renew before expiresAt' })
  dueForRenewal: boolean;

  courseId: string | null;

  coveredThroughOrgUnitId: string;

  static fromMine(item: MyTrainingRequirement): MyTrainingRequirementModel {
    return Object.assign(new MyTrainingRequirementModel(), PersonRequirementModel.from(item), {
      title: item.requirement.title,
      hours: hoursOf(item.requirement),
      audience: item.audience,
      expiresAt: item.expiresAt,
      renewalOpensAt: item.renewalOpensAt,
      dueForRenewal: item.dueForRenewal,
      courseId: item.requirement.courseId,
      track: item.track ? TrackModel.from(item.track) : null,
      coveredThroughOrgUnitId: item.coveredThroughOrgUnitId,
    });
  }
}
