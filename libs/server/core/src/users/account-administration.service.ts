import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Audience, MailJob } from '@hocso/contracts';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { assertAdminOrManager } from '../access/access-policy';
import { type Actor, isAdmin } from '../access/actor';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { setPasswordMail } from '../auth/set-password-mail';
import { EmailConfirmationService } from '../auth/email-confirmation.service';
import { TokenService } from '../auth/token.service';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { isUniqueViolation } from '../database/unique-violation';
import { DomainError } from '../errors/domain.error';
import { composeMail } from '../mail/compose-mail';
import { MailService } from '../mail/mail.service';
import { PasswordTokenEntity } from '../auth/password-token.entity';
import { assertCanPlaceIn, canDeactivate, canReactivate } from './user-access';
import { normaliseEmail, normaliseFullName, normalisePhone, normalisePosition } from './user-input-rules';
import { UserEntity } from './user.entity';
import { type AccountDetailChanges, UserService } from './user.service';

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
    private readonly confirmations: EmailConfirmationService,
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
    const created = await this.dataSource
      .transaction(async (manager) => {
        await this.users.assertEmailFree(email, manager);
        const user = await manager.save(
          manager.create(UserEntity, { fullName, email, phone, audience, orgUnitId: unit?.id ?? null, position: normalisePosition(input.position), createdById: actor.userId }),
        );
        await this.users.addGrant(manager, user.id, 'LEARNER');
        return { user, mail: await this.setPasswordLink(manager, user) };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error, 'app_user_phone_key')) throw DomainError.conflict('users.phoneTaken', 'phone');
        // Two creations of one address at once: the second meets the unique key.
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw DomainError.conflict('users.emailTaken', 'email', { email });
        }
        throw error;
      });
    await this.mail.enqueue([created.mail]);
    return created.user;
  }

  /**
   * Someone's name, email, phone and position (UserService.updateDetails). A new email is unconfirmed: its
   * pending set-password links end (one of them would confirm the new address), the new address gets a
   * confirmation link (or, for an account nobody holds yet, a set-password link) and the old one a notice.
   */
  async updateDetails(actor: Actor, userId: string, changes: AccountDetailChanges): Promise<UserEntity> {
    const { user, mails } = await this.dataSource.transaction(async (manager) => {
      await this.users.managedUser(actor, userId, manager);
      const [before]: Array<{ email: string | null; has_password: boolean }> = await manager.query(
        'SELECT email, password_hash IS NOT NULL AS has_password FROM app_user WHERE id = $1 FOR UPDATE',
        [userId],
      );
      const updated = await this.users.updateDetails(actor, userId, changes, manager);
      if (!updated.email || updated.email === before.email) return { user: updated, mails: [] };
      return { user: updated, mails: await this.emailChangeMails(manager, updated, before.email, before.has_password) };
    });
    await this.mail.enqueue(mails);
    return user;
  }

  private async emailChangeMails(manager: EntityManager, user: UserEntity, previousEmail: string | null, held: boolean): Promise<MailJob[]> {
    const email = user.email as string;
    await manager.query('UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL', [user.id]);
    await this.confirmations.cancelLinks(manager, [user.id]);
    const mails: MailJob[] = [];
    if (held) {
      mails.push(await this.confirmations.createLink(manager, { id: user.id, email, fullName: user.fullName }, 'edited'));
    } else {
      mails.push(await this.setPasswordLink(manager, user));
    }
    if (previousEmail) {
      mails.push(composeMail(previousEmail, { subject: 'mail.emailChanged.subject', body: 'mail.emailChanged.body', params: { name: user.fullName, newEmail: email } }));
    }
    return mails;
  }

  /** A one-time link to set the password, stored in the caller's transaction: the mail to queue once it commits. */
  private async setPasswordLink(manager: EntityManager, user: UserEntity): Promise<MailJob> {
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.PASSWORD_LINK_TTL_HOURS * 3_600_000);
    await manager.insert(PasswordTokenEntity, { userId: user.id, tokenHash: hashSecretToken(token), expiresAt });
    return setPasswordMail(this.config, { email: user.email as string, fullName: user.fullName }, token);
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
