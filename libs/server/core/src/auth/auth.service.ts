import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Audience, isSelfDeclaredAudience } from '@hocso/contracts';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { updatedRows } from '../database/updated-rows';
import { DomainError } from '../errors/domain.error';
import { UserEntity } from '../users/user.entity';
import { UserService } from '../users/user.service';
import { type AccountIdentifier, type IdentifierInput, lookupIdentifier, newAccountIdentifier } from '../users/account-identifier';
import { assertStrongPassword, normaliseFullName } from '../users/user-input-rules';
import type { Actor } from '../access/actor';
import { AuthThrottleService } from './auth-throttle.service';
import { PasswordTokenEntity } from './password-token.entity';
import { SessionActorBatcher } from './session-actor-batcher';
import { EmailConfirmationService } from './email-confirmation.service';
import { decoyPasswordHash, hashPassword, verifyPassword } from './password-hasher';
import { hashSecretToken, newSecretToken } from './secret-token';
import { type TokenPair, TokenService } from './token.service';

export interface RegisterCommand extends IdentifierInput {
  fullName: string;
  password: string;
  audience?: Audience | null;
  orgUnitId?: string | null;
}

export interface SignedIn extends TokenPair {
  user: UserEntity;
}


@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: AuthThrottleService,
    private readonly sessionActors: SessionActorBatcher,
    private readonly users: UserService,
    private readonly confirmations: EmailConfirmationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A self-registered account: a citizen (or SME) in no unit, named by an email or a phone. An email stays
   * unconfirmed until its owner opens the link mailed to it; a phone until its owner uses a code sent to it
   * (a password reset). Units and official audiences are given by administrators and unit managers.
   */
  async register(command: RegisterCommand, ip?: string): Promise<SignedIn> {
    await this.throttle.countRegistration(ip);
    const fullName = normaliseFullName(command.fullName);
    const identifier = newAccountIdentifier(command);
    const audience = command.audience ?? 'CITIZEN';
    if (!isSelfDeclaredAudience(audience)) throw DomainError.badInput('audience', 'account.audienceSetByManager');
    if (command.orgUnitId) throw DomainError.badInput('orgUnitId', 'account.orgUnitSetByManager');
    const email = identifier.field === 'email' ? identifier.key : null;
    const phone = identifier.field === 'phone' ? identifier.key : null;
    assertStrongPassword(command.password, email ?? undefined);
    const passwordHash = await hashPassword(command.password);
    const { signedIn, mail } = await this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO app_user (full_name, email, phone, password_hash, audience)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [fullName, email, phone, passwordHash, audience],
      );
      if (inserted.length === 0) {
        throw identifier.field === 'email' ? DomainError.conflict('auth.emailTaken', 'email') : DomainError.conflict('users.phoneTaken', 'phone');
      }
      const userId = inserted[0].id;
      await this.users.addGrant(manager, userId, 'LEARNER');
      const tokens = await this.tokens.issue(userId, manager);
      const user = (await manager.findOne(UserEntity, { where: { id: userId } })) as UserEntity;
      const confirmation = email ? await this.confirmations.createLink(manager, { id: userId, email, fullName }) : null;
      return { signedIn: { ...tokens, user }, mail: confirmation };
    });
    if (mail) await this.confirmations.send(mail);
    return signedIn;
  }

  /** Signs in with the account's email or its phone (exactly one of them). */
  async login(credentials: IdentifierInput, password: string, ip?: string): Promise<SignedIn> {
    const identifier = lookupIdentifier(credentials);
    const attempt = await this.throttle.beginSignIn(identifier.key, ip);
    let user: UserEntity | null;
    let ok: boolean;
    try {
      user = await this.findWithPasswordHash(identifier);
      // Verify against a decoy when the account does not exist: same time, same message.
      ok = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    } catch (error) {
      await attempt.abandoned();
      throw error;
    }
    if (!user || !user.passwordHash || !ok) {
      await attempt.failed();
      throw DomainError.unauthenticated('auth.wrongCredentials');
    }
    await attempt.succeeded();
    // Said only to whoever knows the password: nobody else learns that the account exists.
    if (user.deactivatedAt) throw DomainError.unauthenticated('auth.accountDeactivated');
    const tokens = await this.tokens.issue(user.id);
    user.passwordHash = null;
    return { ...tokens, user };
  }

  private findWithPasswordHash(identifier: AccountIdentifier): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where(identifier.field === 'email' ? 'u.email = :key' : 'u.phone = :key', { key: identifier.key })
      .getOne();
  }

  async refresh(refreshToken: string): Promise<SignedIn> {
    const { userId, tokens } = await this.tokens.rotate(refreshToken);
    const user = await this.users.findById(userId);
    if (!user) throw DomainError.unauthenticated('auth.accountGone');
    if (user.deactivatedAt) {
      await this.tokens.revokeAllOfUser(user.id);
      throw DomainError.unauthenticated('auth.accountDeactivated');
    }
    return { ...tokens, user };
  }

  logout(refreshToken: string): Promise<void> {
    return this.tokens.revokeSessionOf(refreshToken);
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    await this.throttle.countPasswordChange(actor.userId);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOne();
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw DomainError.badInput('currentPassword', 'auth.currentPasswordWrong');
    }
    assertStrongPassword(newPassword, user.email ?? undefined, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      // Whoever else was signed in is out at once; the person who just proved the password stays.
      await this.tokens.revokeAllOfUser(user.id, manager, actor.sessionId);
    });
  }

  /** Creates a one-time link token for a person to set their password; returns the raw token. */
  async createPasswordToken(userId: string): Promise<string> {
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_LINK_TTL_HOURS * 3_600_000);
    await this.dataSource.getRepository(PasswordTokenEntity).insert({ userId, tokenHash: hashSecretToken(token), expiresAt });
    return token;
  }

  async setPasswordWithToken(token: string, password: string): Promise<SignedIn> {
    return this.dataSource.transaction(async (manager) => {
      const rows = updatedRows<{ user_id: string }>(
        await manager.query(
          `UPDATE password_token SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
          [hashSecretToken(token)],
        ),
      );
      if (rows.length === 0) {
        throw DomainError.badInput('token', 'auth.linkExpired');
      }
      const user = (await manager.findOne(UserEntity, { where: { id: rows[0].user_id } })) as UserEntity;
      if (user.deactivatedAt) throw DomainError.unauthenticated('auth.accountDeactivated');
      assertStrongPassword(password, user.email ?? undefined);
      // The link was mailed to the account's address: whoever opened it reads that mailbox.
      await manager.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(password), emailVerifiedAt: user.emailVerifiedAt ?? new Date(), emailChangedAt: null });
      await manager.query('UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [user.id]);
      await this.tokens.revokeAllOfUser(user.id, manager);
      const tokens = await this.tokens.issue(user.id, manager);
      return { ...tokens, user };
    });
  }

  /** The actor behind an access token, with grants and the paths of their scopes. */
  async actorFor(accessToken: string): Promise<Actor> {
    const actor = await this.sessionActors.load(this.tokens.verifyAccessToken(accessToken));
    if (!actor) throw DomainError.unauthenticated('auth.sessionEnded');
    return actor;
  }
}
