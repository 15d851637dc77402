import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { NotificationWriter } from '../notifications/notification-writer';
import { checkLiveSessionCommand } from './live-session-rules';
import type { LiveSessionView } from './live-session-view';
import { creditedHoursOf } from './live-session.entity';
import { LiveSessionService } from './live-session.service';
import { assertCanManageSession } from './live-sessions-access';
import { lockSessionState } from './locked-session-state';
import { inVietnam } from './vietnam-time';

/** Where and when a session takes place, as its organiser moves it. */
export interface RescheduleLiveSessionCommand {
  startsAt: Date;
  endsAt: Date;
  /** Left out: the place or link stays as it is; null or blank: removed. */
  place?: string | null;
  onlineUrl?: string | null;
}

/**
 * Moving a session to another time or place: its organiser or an administrator, before it ends, before anyone
 * checked in, to a start still to come, with the checks of a new session. Each person holding a seat is told in the
 * app, in the same transaction, with the new time and the old; the reminders follow the new start (they are keyed by
 * the start they announce). Moving a session where it already is changes nothing and tells no one.
 */
@Injectable()
export class LiveSessionRescheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: LiveSessionService,
    private readonly notifications: NotificationWriter,
  ) {}

  async reschedule(actor: Actor, sessionId: string, command: RescheduleLiveSessionCommand): Promise<LiveSessionView> {
    const { session } = await this.sessions.visible(actor, sessionId);
    assertCanManageSession(actor, session);
    const { kind, title, description, capacity, allowWalkIn, cohortId, courseId, place, onlineUrl } = session;
    const checked = checkLiveSessionCommand({
      ...{ kind, title, description, capacity, allowWalkIn, cohortId, courseId, creditedHours: creditedHoursOf(session) },
      startsAt: command.startsAt,
      endsAt: command.endsAt,
      // Left out, the place or link stays; null or blank removes it.
      place: command.place === undefined ? place : command.place,
      onlineUrl: command.onlineUrl === undefined ? onlineUrl : command.onlineUrl,
    });
    if (checked.startsAt.getTime() <= Date.now()) throw DomainError.badInput('startsAt', 'liveSessions.rescheduleToPast');
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockSessionState(manager, session.id);
      if (locked.cancelled) throw DomainError.conflict('liveSessions.cancelled', 'sessionId');
      if (locked.over) throw DomainError.conflict('liveSessions.ended', 'sessionId');
      if (locked.attended) throw DomainError.conflict('liveSessions.rescheduleAfterCheckIn', 'sessionId');
      const unchanged =
        locked.startsAt.getTime() === checked.startsAt.getTime() &&
        locked.endsAt.getTime() === checked.endsAt.getTime() &&
        locked.place === checked.place &&
        locked.onlineUrl === checked.onlineUrl;
      if (unchanged) return;
      await manager.query('UPDATE live_session SET starts_at = $2, ends_at = $3, place = $4, online_url = $5 WHERE id = $1', [
        session.id,
        checked.startsAt,
        checked.endsAt,
        checked.place,
        checked.onlineUrl,
      ]);
      const registrants: Array<{ user_id: string }> = await manager.query(
        `SELECT user_id FROM live_session_registration WHERE session_id = $1 AND status = 'REGISTERED' AND user_id <> $2`,
        [session.id, actor.userId],
      );
      const params = {
        sessionId: session.id,
        sessionTitle: session.title,
        startsAt: inVietnam(checked.startsAt),
        previousStartsAt: inVietnam(locked.startsAt),
        where: [checked.place, checked.onlineUrl].filter((part): part is string => part !== null).join(' · '),
      };
      await this.notifications.writeMany(manager, 'live-session.rescheduled', registrants.map((registrant) => ({ userId: registrant.user_id, params })));
    });
    return this.sessions.visible(actor, sessionId);
  }
}
