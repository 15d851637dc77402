import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { LiveSessionService } from './live-session.service';
import { assertCanManageSession } from './live-sessions-access';

export const LIVE_SESSION_ATTENDEE_PAGE = { default: 50, max: 200 } as const;

/** One person who registered for a session or checked in at it, as the organiser's list shows them. */
export interface LiveSessionAttendee {
  userId: string;
  fullName: string;
  /** null for someone who walked in without registering. */
  registration: 'REGISTERED' | 'CANCELLED' | null;
  registeredAt: Date | null;
  checkedInAt: Date | null;
  /** The hours credited when they checked in; 0 until then. */
  hours: number;
  walkIn: boolean;
}

export interface LiveSessionAttendeePage {
  items: LiveSessionAttendee[];
  totalCount: number;
}

/** The organiser's list of a session's people, for its organiser and administrators only, by name. */
@Injectable()
export class LiveSessionAttendeesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: LiveSessionService,
  ) {}

  async list(actor: Actor, sessionId: string, first: number, offset: number): Promise<LiveSessionAttendeePage> {
    const { session } = await this.sessions.visible(actor, sessionId);
    assertCanManageSession(actor, session);
    if (!Number.isInteger(first) || first < 1 || first > LIVE_SESSION_ATTENDEE_PAGE.max) throw DomainError.badInput('first', 'liveSessions.pageSizeInvalid', { max: LIVE_SESSION_ATTENDEE_PAGE.max });
    if (!Number.isInteger(offset) || offset < 0) throw DomainError.badInput('offset', 'liveSessions.offsetInvalid');
    const people = `SELECT user_id FROM live_session_registration WHERE session_id = $1 UNION SELECT user_id FROM live_session_attendance WHERE session_id = $1`;
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM (${people}) p`, [session.id]);
    const rows: Array<{ user_id: string; full_name: string; status: 'REGISTERED' | 'CANCELLED' | null; registered_at: Date | null; checked_in_at: Date | null; hours: string | null; walk_in: boolean | null }> =
      await this.dataSource.query(
        `SELECT u.id AS user_id, u.full_name, r.status, r.registered_at, a.checked_in_at, a.hours, a.walk_in
         FROM (${people}) p JOIN app_user u ON u.id = p.user_id
         LEFT JOIN live_session_registration r ON r.session_id = $1 AND r.user_id = p.user_id
         LEFT JOIN live_session_attendance a ON a.session_id = $1 AND a.user_id = p.user_id
         ORDER BY u.full_name, u.id LIMIT $2 OFFSET $3`,
        [session.id, first, offset],
      );
    return {
      totalCount: total,
      items: rows.map((row) => ({
        userId: row.user_id,
        fullName: row.full_name,
        registration: row.status,
        registeredAt: row.registered_at,
        checkedInAt: row.checked_in_at,
        hours: row.hours === null ? 0 : Number(row.hours),
        walkIn: row.walk_in ?? false,
      })),
    };
  }
}
