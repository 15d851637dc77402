import { hkdfSync } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { FixedWindowCounters } from '../auth/fixed-window-counters';
import { DomainError } from '../errors/domain.error';
import { REDIS } from '../redis/redis.token';
import { CHECK_IN_STEP_SECONDS, checkInCodeOf, checkInStepAt, isCurrentCheckInCode } from './check-in-code';
import type { LiveSessionView } from './live-session-view';
import { LiveSessionService } from './live-session.service';
import { inVietnam } from './vietnam-time';
import { assertCanManageSession, assertNotCancelled } from './live-sessions-access';

/** Check-in opens this long before the start and closes this long after the end. */
export const CHECK_IN_MARGIN_MINUTES = 30;

/**
 * Wrong codes one person may send for one session per window. Two codes in a million are right at any time:
 * without a bound, a script could guess its way in from home over a session of a few hours.
 */
export const CHECK_IN_WRONG_CODES = { limit: 10, windowSeconds: 600 } as const;

export interface CheckInCode {
  code: string;
  /** When the screen should show the next one (the code is still taken one step longer). */
  refreshAt: Date;
  stepSeconds: number;
}

/**
 * The rotating check-in code the organiser's screen shows, and attendees checking in with it. The code is an
 * HMAC under a key derived from JWT_SECRET, so it cannot be computed from earlier ones; a photo of a code is
 * useless a minute later. Checking in is idempotent and credits the session's hours at that moment.
 */
@Injectable()
export class LiveSessionCheckInService {
  private readonly secret: Buffer;
  private readonly wrongCodes: FixedWindowCounters;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: LiveSessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS) redis: Redis,
  ) {
    this.secret = Buffer.from(hkdfSync('sha256', config.JWT_SECRET, '', 'hocso live-session check-in v1', 32));
    this.wrongCodes = new FixedWindowCounters(redis, CHECK_IN_WRONG_CODES.windowSeconds);
  }

  /** The organiser's and administrators' only: whoever holds the code can check in. */
  async currentCode(actor: Actor, sessionId: string, now = new Date()): Promise<CheckInCode> {
    const { session } = await this.sessions.visible(actor, sessionId);
    assertCanManageSession(actor, session);
    assertNotCancelled(session);
    const step = checkInStepAt(now);
    return { code: checkInCodeOf(this.secret, session.id, step), refreshAt: new Date((step + 1) * CHECK_IN_STEP_SECONDS * 1000), stepSeconds: CHECK_IN_STEP_SECONDS };
  }

  async checkIn(actor: Actor, sessionId: string, code: string, now = new Date()): Promise<LiveSessionView> {
    const { session, viewer } = await this.sessions.visible(actor, sessionId);
    if (viewer.attended) return this.sessions.visible(actor, sessionId);
    assertNotCancelled(session);
    const margin = CHECK_IN_MARGIN_MINUTES * 60_000;
    const opens = new Date(session.startsAt.getTime() - margin);
    const closes = new Date(session.endsAt.getTime() + margin);
    if (now < opens || now > closes) {
      throw DomainError.conflict('liveSessions.checkInClosed', 'sessionId', { opens: inVietnam(opens), closes: inVietnam(closes) });
    }
    if (!viewer.registered && !session.allowWalkIn) throw DomainError.conflict('liveSessions.notRegistered', 'sessionId');
    // A try is counted before the code is checked (parallel guesses cannot slip through) and given back when right.
    const counter = `${this.config.QUEUE_PREFIX}:{throttle}:check-in:${session.id}:${actor.userId}`;
    const reserved = await this.wrongCodes.reserve([{ key: counter, limit: CHECK_IN_WRONG_CODES.limit }]);
    if (!reserved.allowed) throw DomainError.tooManyRequests('liveSessions.tooManyCodes', reserved.retryAfterSeconds, { minutes: Math.ceil(reserved.retryAfterSeconds / 60) });
    if (!isCurrentCheckInCode(this.secret, session.id, code, now)) throw DomainError.badInput('code', 'liveSessions.codeInvalid');
    await this.wrongCodes.release([counter]);
    await this.dataSource.query(
      `INSERT INTO live_session_attendance (session_id, user_id, hours, walk_in)
       SELECT s.id, $2, s.credited_hours, $3 FROM live_session s WHERE s.id = $1
       ON CONFLICT (session_id, user_id) DO NOTHING`,
      [session.id, actor.userId, !viewer.registered],
    );
    return this.sessions.visible(actor, sessionId);
  }
}
