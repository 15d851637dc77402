import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  allowedSessionActions,
  LIVE_SESSION_ATTENDEE_PAGE,
  LIVE_SESSION_PAGE_SIZES,
  type LiveSessionAction,
  LiveSessionAttendeesService,
  LiveSessionCancellationService,
  LiveSessionRescheduleService,
  LiveSessionCheckInService,
  type OrganiserAction,
  LiveSessionRegistrationService,
  LiveSessionService,
} from '@hocso/server-core';
import { CurrentActor } from '../auth/current-actor.decorator';
import { CohortModel } from '../cohorts/models/cohort.model';
import { connectionOf } from '../common/connection';
import { CourseModel } from '../courses/models/course.model';
import { PageSize } from '../graphql/list-size';
import type { GraphqlContext } from '../graphql/request-loaders';
import { TEXT_BOUNDS } from '../graphql/text-bounds';
import { ArgMaxLengths } from '../graphql/text-lengths';
import { CreateLiveSessionInput } from './dto/create-live-session.input';
import { RescheduleLiveSessionInput } from './dto/reschedule-live-session.input';
import { LiveSessionActionEnum, OrganiserActionEnum } from './live-session-enums';
import { LiveSessionAttendeePageModel } from './models/live-session-attendee.model';
import { CheckInCodeModel } from './models/check-in-code.model';
import { LiveSessionConnection, LiveSessionModel } from './models/live-session.model';

@Resolver(() => LiveSessionModel)
export class LiveSessionsResolver {
  constructor(
    private readonly sessions: LiveSessionService,
    private readonly registrations: LiveSessionRegistrationService,
    private readonly checkIns: LiveSessionCheckInService,
    private readonly cancellations: LiveSessionCancellationService,
    private readonly reschedules: LiveSessionRescheduleService,
    private readonly attendees: LiveSessionAttendeesService,
  ) {}

  @Query(() => [OrganiserActionEnum], { description: 'what the caller may start: a cohort, a live session' })
  organiserActions(@CurrentActor() actor: Actor): Promise<OrganiserAction[]> {
    return this.sessions.organiserActions(actor);
  }

  @PageSize(LIVE_SESSION_ATTENDEE_PAGE)
  @Query(() => LiveSessionAttendeePageModel, { description: 'the organiser and administrators: who registered or checked in, by name' })
  async liveSessionAttendees(
    @CurrentActor() actor: Actor,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('first', { type: () => Int, defaultValue: LIVE_SESSION_ATTENDEE_PAGE.default }) first: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<LiveSessionAttendeePageModel> {
    return LiveSessionAttendeePageModel.from(await this.attendees.list(actor, sessionId, first, offset));
  }

  @PageSize(LIVE_SESSION_PAGE_SIZES)
  @ArgMaxLengths({ after: TEXT_BOUNDS.cursor })
  @Query(() => LiveSessionConnection, { description: 'sessions not over yet, soonest first: those without a cohort, and those of the cohorts the caller is in or sees' })
  async liveSessions(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<LiveSessionConnection> {
    return connectionOf(await this.sessions.upcoming(actor, first, after), LiveSessionModel.from);
  }

  @Query(() => LiveSessionModel)
  async liveSession(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.visible(actor, id));
  }

  @Query(() => CheckInCodeModel, { description: 'the organiser and administrators: the rotating code their screen shows' })
  async liveSessionCheckInCode(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<CheckInCodeModel> {
    return this.checkIns.currentCode(actor, sessionId);
  }

  @Mutation(() => LiveSessionModel, { description: 'trainers, administrators and digital-transformation experts' })
  async createLiveSession(@CurrentActor() actor: Actor, @Args('input') input: CreateLiveSessionInput): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.sessions.create(actor, input));
  }

  @Mutation(() => LiveSessionModel, { description: 'takes a seat while there is one (CONFLICT liveSessions.full otherwise); idempotent' })
  async registerForLiveSession(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.registrations.register(actor, sessionId));
  }

  @Mutation(() => LiveSessionModel, { description: 'gives the seat back; idempotent' })
  async cancelLiveSessionRegistration(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.registrations.cancel(actor, sessionId));
  }

  @Mutation(() => LiveSessionModel, {
    description: 'moves a session: the organiser and administrators, before it ends and before anyone checked in, to a start still to come; tells each registrant in the app; unchanged, it tells no one',
  })
  async rescheduleLiveSession(
    @CurrentActor() actor: Actor,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('input') input: RescheduleLiveSessionInput,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.reschedules.reschedule(actor, sessionId, input));
  }

  @ArgMaxLengths({ reason: TEXT_BOUNDS.cancelReason })
  @Mutation(() => LiveSessionModel, { description: 'the organiser and administrators, before it ends and before anyone checked in; tells each registrant in the app; idempotent' })
  async cancelLiveSession(
    @CurrentActor() actor: Actor,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('reason') reason: string,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.cancellations.cancel(actor, sessionId, reason));
  }

  @ArgMaxLengths({ code: TEXT_BOUNDS.checkInCode })
  @Mutation(() => LiveSessionModel, { description: 'registered people (anyone who sees it, when it takes walk-ins), from 30 minutes before the start to 30 minutes after the end, with the code on the screen' })
  async checkInToLiveSession(
    @CurrentActor() actor: Actor,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('code') code: string,
  ): Promise<LiveSessionModel> {
    return LiveSessionModel.from(await this.checkIns.checkIn(actor, sessionId, code));
  }

  @ResolveField(() => CohortModel, { nullable: true })
  async cohort(@Parent() session: LiveSessionModel, @Context() ctx: GraphqlContext): Promise<CohortModel | null> {
    if (!session.cohortId) return null;
    const view = await ctx.loaders.cohorts.visibleById.load(session.cohortId);
    return view ? CohortModel.from(view) : null;
  }

  @ResolveField(() => CourseModel, { nullable: true })
  async course(@Parent() session: LiveSessionModel, @Context() ctx: GraphqlContext): Promise<CourseModel | null> {
    if (!session.courseId) return null;
    const view = await ctx.loaders.courses.viewById.load(session.courseId);
    return view ? CourseModel.from(view) : null;
  }

  @ResolveField(() => [LiveSessionActionEnum])
  allowedActions(@CurrentActor() actor: Actor, @Parent() session: LiveSessionModel): LiveSessionAction[] {
    return allowedSessionActions(
      actor,
      { organiserId: session.organiserId, cohortId: session.cohortId, endsAt: session.endsAt, allowWalkIn: session.allowWalkIn, full: session.seatsLeft === 0, cancelled: session.cancelledAt !== null, attendedCount: session.attendedCount },
      { registered: session.registered, attended: session.attended },
      new Date(),
    );
  }
}
