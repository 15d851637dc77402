import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor, ActorGrant } from '../access/actor';
import type { AccessTokenSubject } from './token.service';

interface Waiting {
  subject: AccessTokenSubject;
  resolve: (actor: Actor | null) => void;
  reject: (error: unknown) => void;
}

interface SessionGrantRow {
  user_id: string;
  session_id: string;
  role: ActorGrant['role'] | null;
  org_unit_id: string | null;
  path: string | null;
}

/** loadActorOfSession's query for many sessions: a row per grant (one with no role for a user without any) of each live session of an active account. */
const ACTORS_OF_SESSIONS = `
  SELECT s.user_id, s.session_id, g.role, g.org_unit_id, o.path
    FROM unnest($1::uuid[], $2::uuid[]) AS s(user_id, session_id)
    JOIN app_user u ON u.id = s.user_id AND u.deactivated_at IS NULL
    LEFT JOIN role_grant g ON g.user_id = u.id
    LEFT JOIN org_unit o ON o.id = g.org_unit_id
   WHERE EXISTS (SELECT 1 FROM auth_session a WHERE a.id = s.session_id AND a.user_id = u.id AND a.ended_at IS NULL)`;

const keyOf = (userId: string, sessionId: string) => `${userId}:${sessionId}`;

/**
 * The actors of the access tokens of concurrent requests, read together: the lookups asked for while the event
 * loop handles one round of incoming requests are answered by one query at the end of it (setImmediate), so that
 * a thousand phones saving at once cost a few queries, not a thousand. Nothing is cached: every request still
 * reads its session as it is now, so a session ended a moment ago refuses the next request at once.
 */
@Injectable()
export class SessionActorBatcher {
  private waiting: Waiting[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The actor of a live session; null when the user does not exist or the session has ended. */
  load(subject: AccessTokenSubject): Promise<Actor | null> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) setImmediate(() => void this.flush());
      this.waiting.push({ subject, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    const subjects = [...new Map(batch.map((entry) => [keyOf(entry.subject.userId, entry.subject.sessionId), entry.subject])).values()];
    try {
      const rows: SessionGrantRow[] = await this.dataSource.query(ACTORS_OF_SESSIONS, [
        subjects.map((subject) => subject.userId),
        subjects.map((subject) => subject.sessionId),
      ]);
      const grants = new Map<string, ActorGrant[]>();
      for (const row of rows) {
        const key = keyOf(row.user_id, row.session_id);
        const list = grants.get(key) ?? [];
        if (row.role !== null) list.push({ role: row.role, orgUnitId: row.org_unit_id, orgUnitPath: row.path });
        grants.set(key, list);
      }
      for (const { subject, resolve } of batch) {
        const found = grants.get(keyOf(subject.userId, subject.sessionId));
        resolve(found ? { userId: subject.userId, grants: [...found], sessionId: subject.sessionId } : null);
      }
    } catch (error) {
      for (const { reject } of batch) reject(error);
    }
  }
}
