import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { unstorableCharacterIn } from '../input/unstorable-character';
import { NotificationWriter } from '../notifications/notification-writer';
import { LIVE_SESSION_LIMITS } from './live-session-rules';
import { inVietnam } from './vietnam-time';
import type { LiveSessionView } from './live-session-view';
import { LiveSessionService } from './live-session.service';
import { assertCanManageSession } from './live-sessions-access';
import { lockSessionState } from './locked-session-state';

/**
 * Cancelling a session: its organiser or an administrator, before it ends and before anyone checked in (a session
 * someone attended took place). The session keeps who cancelled it, when and why; each person holding a seat is
 * told in the app, in the same transaction. Cancelling a cancelled session changes nothing.
 */
@Injectable()
export class LiveSessionCancellationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: LiveSessionService,
    private readonly notifications: NotificationWriter,
  ) {}

  async cancel(actor: Actor, sessionId: string, reason: string): Promise<LiveSessionView> {
    const { session } = await this.sessions.visible(actor, sessionId);
    assertCanManageSession(actor, session);
    const tidyReason = checkedReason(reason);
    await this.dataSource.transaction(async (manager) => {
      const locked = await lockSessionState(manager, session.id);
      if (locked.cancelled) return;
      if (locked.over) throw DomainError.conflict('liveSessions.ended', 'sessionId');
      if (locked.attended) throw DomainError.conflict('liveSessions.cancelAfterCheckIn', 'sessionId');
      await manager.query('UPDATE live_session SET cancelled_at = now(), cancelled_by_id = $2, cancel_reason = $3 WHERE id = $1', [session.id, actor.userId, tidyReason]);
      const registrants: Array<{ user_id: string }> = await manager.query(
        `SELECT user_id FROM live_session_registration WHERE session_id = $1 AND status = 'REGISTERED' AND user_id <> $2`,
        [session.id, actor.userId],
      );
      const params = { sessionId: session.id, sessionTitle: session.title, startsAt: inVietnam(session.startsAt), reason: tidyReason };
      await this.notifications.writeMany(manager, 'live-session.cancelled', registrants.map((registrant) => ({ userId: registrant.user_id, params })));
    });
    return this.sessions.visible(actor, sessionId);
  }
}

function checkedReason(reason: string): string {
  const tidy = reason.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (tidy.length === 0) throw DomainError.badInput('reason', 'liveSessions.cancelReasonEmpty');
  if (tidy.length > LIVE_SESSION_LIMITS.cancelReasonMax) throw DomainError.badInput('reason', 'liveSessions.textTooLong', { max: LIVE_SESSION_LIMITS.cancelReasonMax });
  const unstorable = unstorableCharacterIn(tidy, 'reason');
  if (unstorable) throw unstorable;
  return tidy;
}
