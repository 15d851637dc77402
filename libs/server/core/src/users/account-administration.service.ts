import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Audience } from '@hocso/contracts';
import { type DataSource, QueryFailedError } from 'typeorm';
import { assertAdminOrManager } from '../access/access-policy';
import { type Actor, isAdmin } from '../access/actor';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { setPasswordMail } from '../auth/set-password-mail';
import { TokenService } from '../auth/token.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { isUniqueViolation } from '../database/unique-violation';
import { DomainError } from '../errors/domain.error';
import { MailService } from '../mail/mail.service';
import { PasswordTokenEntity } from '../auth/password-token.entity';
import { assertCanPlaceIn, canDeactivate, canReactivate } from './user-access';
import { normaliseEmail, normaliseFullName, normalisePhone, normalisePosition } from './user-input-rules';
import { UserEntity } from './user.entity';
import { UserService } from './user.service';

/** A new account made by an administrator or unit manager on the users page. */
export interface NewAccount {
  fullName: string;
  email: string;
  phone?: string | null;
  orgUnitId?: string | null;
  audience?: Audience | null;
  position?: string | null;
}

/**
 * Accounts administrators and unit managers create, deactivate and reactivate. A created account has no
 * password: its owner gets a one-time link by mail, as onboarded officials do. A deactivated account keeps
 * its history (enrollments, attempts, certificates) but cannot sign in, and its sessions end at once.
 */
@Injectable()
export class AccountAdministrationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserService,
    private readonly tokens: TokenService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(actor: Actor, input: NewAccount): Promise<UserEntity> {
    assertAdminOrManager(actor);
    const fullName = normaliseFullName(input.fullName);
    const email = normaliseEmail(input.email);
    const phone = normalisePhone(input.phone);
    const unit = input.orgUnitId ? await this.users.orgUnit(input.orgUnitId) : null;
    // A unit manager's people are in units: say which field is missing rather than refuse.
    if (!unit && !isAdmin(actor)) throw DomainError.badInput('orgUnitId', 'users.orgUnitRequired');
    assertCanPlaceIn(actor, unit?.path ?? null);
    const audience = input.audience ?? (unit ? 'OFFICIAL' : 'CITIZEN');
    const token = newSecretToken();
    const created = await this.dataSource
      .transaction(async (manager) => {
        await this.users.assertEmailFree(email, manager);
        const user = await manager.save(
          manager.create(UserEntity, { fullName, email, phone, audience, orgUnitId: unit?.id ?? null, position: normalisePosition(input.position), createdById: actor.userId }),
        );
        await this.users.addGrant(manager, user.id, 'LEARNER');
        const expiresAt = new Date(Date.now() + this.config.PASSWORD_LINK_TTL_HOURS * 3_600_000);
        await manager.insert(PasswordTokenEntity, { userId: user.id, tokenHash: hashSecretToken(token), expiresAt });
        return user;
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'app_user_phone_key')) throw DomainError.conflict('users.phoneTaken', 'phone');
        // Two creations of one address at once: the second meets the unique key.
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw DomainError.conflict('users.emailTaken', 'email', { email });
        }
        throw error;
      });
    await this.mail.enqueue([setPasswordMail(this.config, { email, fullName }, token)]);
    return created;
  }

  /** The person can no longer sign in; every session, set-password link and one-time code of theirs ends in the same transaction. */
  async deactivate(actor: Actor, userId: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.managedUser(actor, userId, manager);
      const account = await this.users.accountOf(user, manager);
      if (userId === actor.userId) throw DomainError.conflict('users.cannotDeactivateSelf');
      if (!canDeactivate(actor, account)) throw DomainError.conflict('users.alreadyDeactivated');
      user.deactivatedAt = new Date();
      user.deactivatedById = actor.userId;
      await manager.update(UserEntity, { id: user.id }, { deactivatedAt: user.deactivatedAt, deactivatedById: actor.userId });
      await this.tokens.revokeAllOfUser(user.id, manager);
      await manager.query('UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [user.id]);
      await manager.query('UPDATE one_time_code SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [user.id]);
      return user;
    });
  }

  /** The person may sign in again with the password they had (their sessions stay ended). */
  async reactivate(actor: Actor, userId: string): Promise<UserEntity> {
    const user = await this.users.managedUser(actor, userId);
    if (!canReactivate(actor, await this.users.accountOf(user))) throw DomainError.conflict('users.notDeactivated');
    await this.dataSource.manager.update(UserEntity, { id: user.id }, { deactivatedAt: null, deactivatedById: null });
    user.deactivatedAt = null;
    user.deactivatedById = null;
    return user;
  }
}
