import { createHmac, hkdfSync, randomUUID } from 'node:crypto';
import { isUuid } from '@hocso/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { AuthSessionEntity } from './auth-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { hashSecretToken, newSecretToken } from './secret-token';
import type { AccessTokenSubject } from './access-token-subject';
import { VerifiedAccessTokens } from './verified-access-tokens';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export type { AccessTokenSubject } from './access-token-subject';

export interface RotatedSession extends AccessTokenSubject {
  tokens: TokenPair;
}

interface AccessClaims {
  sub: string;
  sid: string;
  typ: 'access';
}

/**
 * Short-lived access JWTs naming their session, and refresh tokens that rotate within it. A refresh token is
 * good for one use; presented again within the reuse interval (a second tab, a retry after a lost answer) it
 * answers with the successor already issued; presented later, it leaked, and its session ends.
 *
 * The successor of a refresh token is derived from it (an HMAC under a key derived from JWT_SECRET), so the
 * reuse interval needs no copy of any raw token anywhere: only SHA-256 hashes are stored, and only whoever
 * holds the used token can have its successor, and only while the interval lasts.
 */
@Injectable()
export class TokenService {
  private readonly successorKey: Buffer;
  private readonly verifiedTokens = new VerifiedAccessTokens();

  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.successorKey = Buffer.from(hkdfSync('sha256', config.JWT_SECRET, '', 'hocso refresh-token successor v1', 32));
  }

  /** Starts a session for the user and returns its first token pair. */
  async issue(userId: string, manager: EntityManager = this.dataSource.manager): Promise<TokenPair> {
    const { identifiers } = await manager.insert(AuthSessionEntity, { userId });
    const subject = { userId, sessionId: String(identifiers[0]['id']) };
    const refreshToken = newSecretToken();
    await this.storeRefreshToken(subject, refreshToken, manager);
    return { accessToken: this.signAccessToken(subject), refreshToken };
  }

  /** The user and session of a valid access token; whether the session still lives is the caller's lookup. */
  verifyAccessToken(token: string): AccessTokenSubject {
    const known = this.verifiedTokens.get(token);
    if (known) return known;
    let claims: unknown;
    try {
      claims = this.jwt.verify(token, { algorithms: ['HS256'] });
    } catch {
      claims = null;
    }
    if (!isAccessClaims(claims)) throw DomainError.unauthenticated('auth.sessionInvalid');
    const subject = { userId: claims.sub, sessionId: claims.sid };
    this.verifiedTokens.remember(token, subject, claims.exp * 1000);
    return subject;
  }

  /**
   * Each step is one statement, so no transaction ever waits for another connection while holding a lock.
   * Marking the token used and storing its successor is one atomic statement: of concurrent refreshes one
   * wins, the others wait for its row only as long as that statement runs, then read what it committed.
   */
  async rotate(refreshToken: string): Promise<RotatedSession> {
    const tokenHash = hashSecretToken(refreshToken);
    const successor = this.successorOf(refreshToken);
    const successorHash = hashSecretToken(successor);
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const [rotated]: Array<{ user_id: string; session_id: string }> = await this.dataSource.query(
      `WITH used AS (
         UPDATE refresh_token t SET used_at = now()
          WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now()
            AND EXISTS (SELECT 1 FROM auth_session s WHERE s.id = t.session_id AND s.ended_at IS NULL)
          RETURNING t.user_id, t.session_id
       )
       INSERT INTO refresh_token (user_id, session_id, token_hash, expires_at)
       SELECT user_id, session_id, $2, $3 FROM used
       RETURNING user_id, session_id`,
      [tokenHash, successorHash, expiresAt],
    );
    if (rotated) return this.answer({ userId: rotated.user_id, sessionId: rotated.session_id }, successor);

    const [used]: Array<{ user_id: string; session_id: string; recently_used: boolean | null; successor_issued: boolean }> =
      await this.dataSource.query(
        `SELECT t.user_id, t.session_id, t.used_at > now() - make_interval(secs => $3) AS recently_used,
                EXISTS (SELECT 1 FROM refresh_token n WHERE n.token_hash = $2 AND n.session_id = t.session_id) AS successor_issued
           FROM refresh_token t JOIN auth_session s ON s.id = t.session_id
          WHERE t.token_hash = $1 AND t.used_at IS NOT NULL AND t.expires_at > now() AND s.ended_at IS NULL`,
        [tokenHash, successorHash, this.config.REFRESH_TOKEN_REUSE_INTERVAL_SECONDS],
      );
    if (!used) throw DomainError.unauthenticated('auth.sessionEnded');
    if (used.recently_used) {
      if (used.successor_issued) return this.answer({ userId: used.user_id, sessionId: used.session_id }, successor);
      throw DomainError.unauthenticated('auth.sessionEnded');
    }
    // Used before, outside the reuse interval: the token leaked, and the session it belongs to ends.
    await this.dataSource.query('UPDATE auth_session SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [used.session_id]);
    throw DomainError.unauthenticated('auth.sessionEnded');
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored (nothing to end). */
  async revokeSessionOf(refreshToken: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE auth_session SET ended_at = now()
        WHERE ended_at IS NULL AND id = (SELECT session_id FROM refresh_token WHERE token_hash = $1)`,
      [hashSecretToken(refreshToken)],
    );
  }

  /** Ends every session of the user, but the one named by `exceptSessionId`. */
  async revokeAllOfUser(userId: string, manager: EntityManager = this.dataSource.manager, exceptSessionId?: string): Promise<void> {
    await manager.query(
      'UPDATE auth_session SET ended_at = now() WHERE user_id = $1 AND ended_at IS NULL AND id IS DISTINCT FROM $2::uuid',
      [userId, exceptSessionId ?? null],
    );
  }

  private successorOf(refreshToken: string): string {
    return createHmac('sha256', this.successorKey).update(refreshToken).digest('base64url');
  }

  private answer(subject: AccessTokenSubject, refreshToken: string): RotatedSession {
    return { ...subject, tokens: { accessToken: this.signAccessToken(subject), refreshToken } };
  }

  private async storeRefreshToken(subject: AccessTokenSubject, refreshToken: string, manager: EntityManager): Promise<void> {
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await manager.insert(RefreshTokenEntity, { userId: subject.userId, sessionId: subject.sessionId, tokenHash: hashSecretToken(refreshToken), expiresAt });
  }

  private signAccessToken(subject: AccessTokenSubject): string {
    const claims: AccessClaims = { sub: subject.userId, sid: subject.sessionId, typ: 'access' };
    return this.jwt.sign(claims, {
      algorithm: 'HS256',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      jwtid: randomUUID(),
    });
  }
}

/** An access token must say when it expires and name its user and session by id. */
function isAccessClaims(claims: unknown): claims is AccessClaims & { exp: number } {
  if (typeof claims !== 'object' || claims === null) return false;
  const { typ, exp, sub, sid } = claims as Record<string, unknown>;
  return typ === 'access' && typeof exp === 'number' && isUuid(sub) && isUuid(sid);
}
