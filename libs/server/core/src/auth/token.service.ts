import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { updatedRows } from '../database/updated-rows';
import { DomainError } from '../errors/domain.error';
import { RefreshTokenEntity } from './refresh-token.entity';
import { hashSecretToken, newSecretToken } from './secret-token';

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

interface AccessClaims {
  sub: string;
  typ: 'access';
}

/**
 * Short-lived access JWTs and rotating refresh tokens. A refresh token is good for one use: using it
 * issues the next one of its family; presenting a token that was already used means it leaked, so the
 * whole family is revoked.
 */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(userId: string, manager: EntityManager = this.dataSource.manager): Promise<TokenPair> {
    return this.issueInFamily(userId, randomUUID(), manager);
  }

  verifyAccessToken(token: string): string {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, { secret: this.config.JWT_SECRET, algorithms: ['HS256'] });
      if (claims.typ !== 'access' || typeof claims.sub !== 'string') throw new Error('not an access token');
      return claims.sub;
    } catch {
      throw DomainError.unauthenticated('auth.sessionInvalid');
    }
  }

  async rotate(refreshToken: string): Promise<{ userId: string; tokens: TokenPair }> {
    return this.dataSource.transaction(async (manager) => {
      const rows = updatedRows<{ id: string; user_id: string; family_id: string }>(
        await manager.query(
        `UPDATE refresh_token SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING id, user_id, family_id`,
          [hashSecretToken(refreshToken)],
        ),
      );
      const current = rows[0];
      if (!current) {
        await this.revokeFamilyOfReusedToken(refreshToken);
        throw DomainError.unauthenticated('auth.sessionEnded');
      }
      const tokens = await this.issueInFamily(current.user_id, current.family_id, manager);
      return { userId: current.user_id, tokens };
    });
  }

  /** Signs out the session the refresh token belongs to. Unknown tokens are ignored (nothing to end). */
  async revokeFamilyOf(refreshToken: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_token SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1)`,
      [hashSecretToken(refreshToken)],
    );
  }

  async revokeAllOfUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [userId]);
  }

  private async revokeFamilyOfReusedToken(refreshToken: string): Promise<void> {
    // Runs outside the caller's transaction, which is about to roll back.
    await this.dataSource.query(
      `UPDATE refresh_token SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1 AND used_at IS NOT NULL)`,
      [hashSecretToken(refreshToken)],
    );
  }

  private async issueInFamily(userId: string, familyId: string, manager: EntityManager): Promise<TokenPair> {
    const refreshToken = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    await manager.insert(RefreshTokenEntity, { userId, familyId, tokenHash: hashSecretToken(refreshToken), expiresAt });
    const claims: AccessClaims = { sub: userId, typ: 'access' };
    const accessToken = this.jwt.sign(claims, {
      secret: this.config.JWT_SECRET,
      algorithm: 'HS256',
      expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS,
      jwtid: randomUUID(),
    });
    return { accessToken, refreshToken };
  }
}
