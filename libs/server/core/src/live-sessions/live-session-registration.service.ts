import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { LiveSessionView } from './live-session-view';
import { LiveSessionService } from './live-session.service';

/**
 * Taking and giving back a seat. Registrations to one session take turns on the session's row (`FOR UPDATE`),
 * so the seats counted are the seats taken: however many press at once, no more than the capacity get one.
 * Both are idempotent: registering twice keeps one seat, cancelling what is not held changes nothing.
 */
@Injectable()
export class LiveSessionRegistrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: LiveSessionService,
  ) {}

  async register(actor: Actor, sessionId: string): Promise<LiveSessionView> {
    const { session } = await this.sessions.visible(actor, sessionId);
    await this.dataSource.transaction(async (manager) => {
      const [locked]: Array<{ capacity: number; over: boolean; cancelled: boolean }> = await manager.query('SELECT capacity, ends_at <= now() AS over, cancelled_at IS NOT NULL AS cancelled FROM live_session WHERE id = $1 FOR UPDATE', [session.id]);
      if (!locked) throw DomainError.notFound('liveSessions.notFound', sessionId);
      if (locked.cancelled) throw DomainError.conflict('liveSessions.cancelled', 'sessionId');
      if (locked.over) throw DomainError.conflict('liveSessions.ended', 'sessionId');
      const [standing]: Array<{ mine: string | null; taken: number; attended: boolean }> = await manager.query(
        `SELECT (SELECT status FROM live_session_registration WHERE session_id = $1 AND user_id = $2) AS mine,
                (SELECT count(*)::int FROM live_session_registration WHERE session_id = $1 AND status = 'REGISTERED') AS taken,
                EXISTS (SELECT 1 FROM live_session_attendance WHERE session_id = $1 AND user_id = $2) AS attended`,
        [session.id, actor.userId],
      );
      if (standing.mine === 'REGISTERED' || standing.attended) return;
      if (standing.taken >= locked.capacity) throw DomainError.conflict('liveSessions.full', 'sessionId', { capacity: locked.capacity });
      await manager.query(
        `INSERT INTO live_session_registration (session_id, user_id) VALUES ($1, $2)
         ON CONFLICT (session_id, user_id) DO UPDATE SET status = 'REGISTERED', registered_at = now(), cancelled_at = NULL`,
        [session.id, actor.userId],
      );
    });
    return this.sessions.visible(actor, sessionId);
  }

  async cancel(actor: Actor, sessionId: string): Promise<LiveSessionView> {
    const view = await this.sessions.visible(actor, sessionId);
    if (view.viewer.attended) throw DomainError.conflict('liveSessions.alreadyAttended', 'sessionId');
    if (view.session.endsAt.getTime() <= Date.now()) throw DomainError.conflict('liveSessions.ended', 'sessionId');
    await this.dataSource.query(
      `UPDATE live_session_registration SET status = 'CANCELLED', cancelled_at = now() WHERE session_id = $1 AND user_id = $2 AND status = 'REGISTERED'`,
      [view.session.id, actor.userId],
    );
    return this.sessions.visible(actor, sessionId);
  }
}
