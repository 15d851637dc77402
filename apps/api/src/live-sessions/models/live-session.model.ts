import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { creditedHoursOf, type LiveSessionKind, type LiveSessionView } from '@hocso/server-core';
import { type Connection, ConnectionType } from '../../common/connection';
import { CohortModel } from '../../cohorts/models/cohort.model';
import { CourseModel } from '../../courses/models/course.model';
import { LiveSessionActionEnum, LiveSessionKindEnum } from '../live-session-enums';

@ObjectType('LiveSession', { description: 'A training, conference, workshop or round table; attending credits hours' })
export class LiveSessionModel {
  @Field(() => ID)
  id: string;

  @Field(() => LiveSessionKindEnum)
  kind: LiveSessionKind;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => Date)
  startsAt: Date;

  @Field(() => Date)
  endsAt: Date;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field(() => Int)
  capacity: number;

  @Field(() => Int)
  registeredCount: number;

  @Field(() => Int)
  seatsLeft: number;

  @Field(() => Int)
  attendedCount: number;

  @Field(() => Float)
  creditedHours: number;

  @Field()
  allowWalkIn: boolean;

  @Field({ description: 'the caller holds a seat' })
  registered: boolean;

  @Field({ description: 'the caller checked in' })
  attended: boolean;

  @Field(() => Date, { nullable: true, description: 'set once the session is cancelled: it takes no registration or check-in' })
  cancelledAt: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason: string | null;

  @Field({ description: 'GET this path with the bearer token: the session’s iCalendar (.ics) file' })
  calendarPath: string;

  @Field(() => CohortModel, { nullable: true, description: 'null also when the caller may not see the cohort' })
  cohort?: CohortModel | null;

  @Field(() => CourseModel, { nullable: true })
  course?: CourseModel | null;

  @Field(() => [LiveSessionActionEnum])
  allowedActions?: string[];

  cohortId: string | null;

  courseId: string | null;

  organiserId: string | null;

  static from(view: LiveSessionView): LiveSessionModel {
    const { session } = view;
    return Object.assign(new LiveSessionModel(), {
      id: session.id,
      kind: session.kind,
      title: session.title,
      description: session.description,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      place: session.place,
      onlineUrl: session.onlineUrl,
      capacity: session.capacity,
      registeredCount: view.registeredCount,
      seatsLeft: Math.max(session.capacity - view.registeredCount, 0),
      attendedCount: view.attendedCount,
      creditedHours: creditedHoursOf(session),
      allowWalkIn: session.allowWalkIn,
      registered: view.viewer.registered,
      attended: view.viewer.attended,
      cancelledAt: session.cancelledAt,
      cancelReason: session.cancelReason,
      calendarPath: `/live-sessions/${session.id}/calendar.ics`,
      cohortId: session.cohortId,
      courseId: session.courseId,
      organiserId: session.organiserId,
    });
  }
}

export const LiveSessionConnection = ConnectionType(LiveSessionModel, 'LiveSession');
export type LiveSessionConnection = Connection<LiveSessionModel>;
