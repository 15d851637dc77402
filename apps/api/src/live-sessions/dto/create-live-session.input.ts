import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import type { LiveSessionKind } from '@hocso/server-core';
import { TEXT_BOUNDS } from '../../graphql/text-bounds';
import { MaxLength } from '../../graphql/text-lengths';
import { LiveSessionKindEnum } from '../live-session-enums';

@InputType({ description: 'A training, conference, workshop or round table: a place, an online link, or both' })
export class CreateLiveSessionInput {
  @Field(() => LiveSessionKindEnum)
  kind: LiveSessionKind;

  @MaxLength(TEXT_BOUNDS.title)
  @Field()
  title: string;

  @MaxLength(TEXT_BOUNDS.summary)
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date, { description: 'after startsAt, at most 14 days later' })
  endsAt: Date;

  @MaxLength(TEXT_BOUNDS.place)
  @Field(() => String, { nullable: true })
  place?: string | null;

  @MaxLength(TEXT_BOUNDS.url)
  @Field(() => String, { nullable: true, description: 'an http(s) address' })
  onlineUrl?: string | null;

  @Field(() => Int, { description: 'seats, 1 to 100,000' })
  capacity: number;

  @Field(() => Float, { description: 'hours credited to each attendee (counted by hours requirements), 0 to 100' })
  creditedHours: number;

  @Field(() => Boolean, { nullable: true, description: 'whether people who did not register may check in (not counted against capacity)' })
  allowWalkIn?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'a cohort’s session is for its members' })
  cohortId?: string | null;

  @Field(() => ID, { nullable: true })
  courseId?: string | null;
}
