import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { assertCanSendPasswordReset } from '../users/user-access';
import type { Actor } from '../access/actor';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { DomainError } from '../errors/domain.error';
import { renderMessage } from '../i18n/render-message';
import { composeMail } from '../mail/compose-mail';
import { MailService } from '../mail/mail.service';
import { SmsService } from '../sms/sms.service';
import { type AccountIdentifier, type IdentifierInput, lookupIdentifier } from '../users/account-identifier';
import { contactAwaitsHolder, contactAwaitsHolderSql } from '../users/contact-awaiting-holder';
import { assertStrongPassword } from '../users/user-input-rules';
import { UserEntity } from '../users/user.entity';
import { UserService } from '../users/user.service';
import { AuthThrottleService } from './auth-throttle.service';
import type { SignedIn } from './auth.service';
import { hashPassword } from './password-hasher';
import { newOneTimeCode, type OneTimeCodePurpose, OneTimeCodeHasher, typedCode } from './one-time-code';
import { hashSecretToken, newSecretToken } from './secret-token';
import { TokenService } from './token.service';

/** How a reset reached the person: a one-time link by mail, or a code by SMS. */
export type PasswordResetChannel = 'EMAIL' | 'SMS';

interface ResetTarget {
  id: string;
  fullName: string;
  email: string | null;
  phone: string | null;
}

/**
 * A forgotten password: a one-time link mailed to an email (PASSWORD_RESET_LINK_TTL_MINUTES), or a six-digit
 * code sent by SMS to a phone (PASSWORD_RESET_CODE_TTL_MINUTES). Asking answers the same whether or not an
 * account uses the email or phone. A code is stored as a keyed hash, works once, is void after
 * ONE_TIME_CODE_MAX_ATTEMPTS wrong tries and when a newer one is sent, and its checks are throttled as
 * sign-ins are. Setting the new password ends every session of the account and starts one.
 * Activation codes (printed for officials who have only a phone) are checked by the same path.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger('PasswordReset');
  private readonly hasher: OneTimeCodeHasher;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly throttle: AuthThrottleService,
    private readonly users: UserService,
    private readonly mail: MailService,
    private readonly sms: SmsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.hasher = new OneTimeCodeHasher(config.JWT_SECRET);
  }

  /** Anyone: sends a reset to the account with this email or phone, if there is one; says nothing either way. */
  async request(input: IdentifierInput, ip?: string): Promise<void> {
    const identifier = lookupIdentifier(input);
    await this.throttle.countPasswordResetRequest(identifier.key, ip);
    const target = await this.findTarget(identifier);
    if (!target) return;
    await this.deliver(target, identifier.field === 'email' ? 'EMAIL' : 'SMS');
  }

  /** Administrators, and unit managers for the people of their subtree: sends the person a reset. */
  async sendFor(actor: Actor, userId: string): Promise<PasswordResetChannel> {
    const user = await this.users.managedUser(actor, userId);
    assertCanSendPasswordReset(actor, await this.users.accountOf(user));
    const mailable = user.email !== null && !contactAwaitsHolder(user, 'email');
    const textable = user.phone !== null && !contactAwaitsHolder(user, 'phone');
    const channel: PasswordResetChannel | null = mailable ? 'EMAIL' : textable ? 'SMS' : null;
    if (!channel) throw DomainError.conflict(user.phone ? 'account.phoneAwaitsHolder' : user.email ? 'account.emailAwaitsConfirmation' : 'account.noEmailOrPhone');
    await this.throttle.countPasswordResetRequest((channel === 'EMAIL' ? user.email : user.phone) as string, undefined);
    await this.deliver(user, channel);
    return channel;
  }

  /** A new code of this purpose for the account, in the caller's transaction; earlier open ones of it are void. */
  async issueCode(manager: EntityManager, userId: string, purpose: OneTimeCodePurpose, expiresAt: Date): Promise<string> {
    const code = newOneTimeCode(purpose);
    await manager.query(`UPDATE one_time_code SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    await manager.query(`INSERT INTO one_time_code (user_id, purpose, code_hash, expires_at) VALUES ($1, $2, $3, $4)`, [
      userId,
      purpose,
      this.hasher.hash(userId, purpose, code),
      expiresAt,
    ]);
    return code;
  }

  /**
   * Sets the password of the account with this phone from a code sent or handed to it, and signs in. A wrong,
   * used or expired code and an unknown phone get the same refusal, on `code`.
   */
  async setPasswordWithCode(purpose: OneTimeCodePurpose, rawPhone: string, rawCode: string, password: string, ip?: string): Promise<SignedIn> {
    const identifier = lookupIdentifier({ phone: rawPhone });
    assertStrongPassword(password);
    const passwordHash = await hashPassword(password);
    const code = typedCode(rawCode);
    const attempt = await this.throttle.beginSignIn(`code:${identifier.key}`, ip);
    let signedIn: SignedIn | null;
    try {
      signedIn = await this.dataSource.transaction((manager) => this.useCode(manager, purpose, identifier.key, code, passwordHash));
    } catch (error) {
      await attempt.abandoned();
      throw error;
    }
    if (!signedIn) {
      await attempt.failed();
      throw DomainError.badInput('code', 'auth.codeInvalid');
    }
    await attempt.succeeded();
    return signedIn;
  }

  /** Null when the code is not an open code of the account (the failed try is counted on the open codes). */
  private async useCode(manager: EntityManager, purpose: OneTimeCodePurpose, phone: string, code: string, passwordHash: string): Promise<SignedIn | null> {
    const [user]: Array<{ id: string; deactivated: boolean }> = await manager.query(
      'SELECT id, deactivated_at IS NOT NULL AS deactivated FROM app_user WHERE phone = $1 FOR UPDATE',
      [phone],
    );
    if (!user) return null;
    const open: Array<{ id: string; code_hash: string }> = await manager.query(
      `SELECT id, code_hash FROM one_time_code
        WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() FOR UPDATE`,
      [user.id, purpose],
    );
    const match = open.find((row) => this.hasher.matches(row.code_hash, user.id, purpose, code));
    if (!match) {
      await manager.query(
        `UPDATE one_time_code SET failed_attempts = failed_attempts + 1,
                used_at = CASE WHEN failed_attempts + 1 >= $2 THEN now() END
          WHERE id = ANY($1::uuid[])`,
        [open.map((row) => row.id), this.config.ONE_TIME_CODE_MAX_ATTEMPTS],
      );
      return null;
    }
    if (user.deactivated) throw DomainError.unauthenticated('auth.accountDeactivated');
    // The code reached the phone: whoever typed it holds the number.
    await manager.query(`UPDATE app_user SET password_hash = $2, phone_verified_at = coalesce(phone_verified_at, now()), phone_changed_at = NULL WHERE id = $1`, [user.id, passwordHash]);
    await manager.query(`UPDATE one_time_code SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    await manager.query(`UPDATE password_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    await this.tokens.revokeAllOfUser(user.id, manager);
    const tokens = await this.tokens.issue(user.id, manager);
    return { ...tokens, user: (await manager.findOne(UserEntity, { where: { id: user.id } })) as UserEntity };
  }

  private async findTarget(identifier: AccountIdentifier): Promise<ResetTarget | null> {
    const column = identifier.field === 'email' ? 'email' : 'phone';
    const [row]: Array<{ id: string; full_name: string; email: string | null; phone: string | null }> = await this.dataSource.query(
      // A deactivated account, and one whose email or phone awaits its holder, get nothing: the answer is the same as for an unknown one.
      `SELECT id, full_name, email, phone FROM app_user u
        WHERE ${column} = $1 AND deactivated_at IS NULL AND NOT ${contactAwaitsHolderSql('u', column)}`,
      [identifier.key],
    );
    return row ? { id: row.id, fullName: row.full_name, email: row.email, phone: row.phone } : null;
  }

  private async deliver(target: ResetTarget, channel: PasswordResetChannel): Promise<void> {
    if (channel === 'EMAIL') {
      const token = newSecretToken();
      const minutes = this.config.PASSWORD_RESET_LINK_TTL_MINUTES;
      await this.dataSource.query(`INSERT INTO password_token (user_id, token_hash, expires_at) VALUES ($1, $2, now() + make_interval(mins => $3))`, [
        target.id,
        hashSecretToken(token),
        minutes,
      ]);
      const link = `${publicUrlOf(this.config)}/set-password?token=${token}`;
      await this.mail.enqueue([
        composeMail(target.email as string, { subject: 'mail.resetPassword.subject', body: 'mail.resetPassword.body', params: { name: target.fullName, link, minutes } }),
      ]);
      return;
    }
    const minutes = this.config.PASSWORD_RESET_CODE_TTL_MINUTES;
    const code = await this.dataSource.transaction((manager) => this.issueCode(manager, target.id, 'PASSWORD_RESET', new Date(Date.now() + minutes * 60_000)));
    await this.sms.enqueue([{ to: target.phone as string, text: renderMessage('sms.passwordResetCode', { code, minutes }, 'vi') }]);
    this.logger.debug(`Password reset code sent to the phone of ${target.id}`);
  }
}
