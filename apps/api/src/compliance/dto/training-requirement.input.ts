import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { Audience } from '@hocso/contracts';
import { AudienceEnum } from '../../common/graphql-enums';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';

@InputType({
  description: "Who must complete what by when: audiences (none = all) in an org unit's subtree, and exactly one of a course, a track (its mandatory courses) or a number of study hours",
})
export class TrainingRequirementInput {
  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;

  @Field(() => ID)
  orgUnitId: string;

  @Field(() => [AudienceEnum], { nullable: true })
  audiences?: Audience[] | null;

  @Field(() => ID, { nullable: true })
  courseId?: string | null;

  @MaxLength(TEXT_BOUNDS.code)
  @Field(() => String, { nullable: true })
  trackCode?: string | null;

  @Field(() => Float, { nullable: true })
  hours?: number | null;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int, { nullable: true, description: 'each person has this many days from becoming covered (joining the unit, being onboarded), never ending before dueAt; 1 to 3650' })
  dueWithinDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'a completion holds this many months, then is due again; 1 to 120 (dueAt must then be in the future)' })
  recurrenceMonths?: number | null;

  @Field(() => Int, { nullable: true, description: 'days before a completion expires in which renewing counts; 0 to 365, recurring requirements only' })
  renewalWindowDays?: number | null;
}
