import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MailJob } from '@hocso/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { updatedRows } from '../database/updated-rows';
import { DomainError } from '../errors/domain.error';
import { composeMail } from '../mail/compose-mail';
import { MailService } from '../mail/mail.service';
import { hashSecretToken, newSecretToken } from './secret-token';

/** One confirmation mail per account and minute at most: nobody can make us flood a mailbox. */
export const CONFIRMATION_RESEND_SECONDS = 60;

/**
 * A self-registered account's email is unconfirmed until its owner, signed in to that account, opens the
 * link mailed to the address. Signing in is required so that a person who receives the mail of an
 * account someone else registered with their address cannot confirm it for them by clicking.
 */
@Injectable()
export class EmailConfirmationService {
  private readonly logger = new Logger('EmailConfirmation');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * A new link for the account's current address, in the caller's transaction: the mail to queue once it
   * commits. `edited`: the address was written by an administrator or unit manager, and the mail says so.
   */
  async createLink(manager: EntityManager, user: { id: string; email: string; fullName: string }, reason: 'signUp' | 'edited' = 'signUp'): Promise<MailJob> {
    const token = newSecretToken();
    const ttlHours = this.config.PASSWORD_LINK_TTL_HOURS;
    await manager.query(
      `INSERT INTO email_confirmation (user_id, email, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(hours => $4))`,
      [user.id, user.email, hashSecretToken(token), ttlHours],
    );
    const link = `${publicUrlOf(this.config)}/confirm-email?token=${token}`;
    const body = reason === 'edited' ? 'mail.confirmEditedEmail.body' : 'mail.confirmEmail.body';
    return composeMail(user.email, { subject: 'mail.confirmEmail.subject', body, params: { name: user.fullName, link, hours: ttlHours } });
  }

  /** Queues the mail; when the queue cannot be reached the account stays as it is and its owner asks again. */
  async send(mail: MailJob): Promise<void> {
    try {
      await this.mail.enqueue([mail]);
    } catch (error) {
      this.logger.warn(`Could not queue the confirmation mail to ${mail.to}: ${String(error)}`);
    }
  }

  /** Mails the signed-in owner a new link, unless the address is confirmed or a link went out under a minute ago. */
  async resend(actor: Actor): Promise<void> {
    const mail = await this.dataSource.transaction(async (manager) => {
      const [user]: Array<{ id: string; email: string | null; full_name: string; email_verified_at: Date | null; wait: number | null }> =
        await manager.query(
          `SELECT u.id, u.email, u.full_name, u.email_verified_at,
                  (SELECT ceil(extract(epoch FROM max(c.created_at) + make_interval(secs => $2) - now()))::int
                     FROM email_confirmation c WHERE c.user_id = u.id) AS wait
             FROM app_user u WHERE u.id = $1 FOR UPDATE OF u`,
          [actor.userId, CONFIRMATION_RESEND_SECONDS],
        );
      if (!user?.email) throw DomainError.conflict('account.noEmailToConfirm');
      if (user.email_verified_at) throw DomainError.conflict('account.emailAlreadyConfirmed');
      if (user.wait !== null && user.wait > 0) {
        throw DomainError.tooManyRequests('account.confirmationResendTooSoon', user.wait, { seconds: user.wait });
      }
      return this.createLink(manager, { id: user.id, email: user.email, fullName: user.full_name });
    });
    await this.send(mail);
  }

  /**
   * Confirms the address the link was sent to, for the signed-in account it belongs to. Opening the same
   * link twice confirms it twice (a double click is no error); an expired or replaced link is refused.
   */
  async confirm(actor: Actor, token: string): Promise<void> {
    const tokenHash = hashSecretToken(token);
    await this.dataSource.transaction(async (manager) => {
      const [link]: Array<{ user_id: string; email: string }> = await manager.query(
        'SELECT user_id, email FROM email_confirmation WHERE token_hash = $1 AND expires_at > now()',
        [tokenHash],
      );
      if (!link) throw DomainError.badInput('token', 'account.confirmationLinkInvalid');
      if (link.user_id !== actor.userId) throw DomainError.forbidden('account.confirmationLinkOfAnotherAccount');
      const confirmed = updatedRows(
        await manager.query(
          `UPDATE app_user SET email_verified_at = coalesce(email_verified_at, now()), email_changed_at = NULL, updated_at = now()
            WHERE id = $1 AND email = $2 RETURNING id`,
          [link.user_id, link.email],
        ),
      );
      if (confirmed.length === 0) throw DomainError.badInput('token', 'account.confirmationLinkInvalid');
      await manager.query('UPDATE email_confirmation SET used_at = coalesce(used_at, now()) WHERE token_hash = $1', [tokenHash]);
    });
  }

  /** Ends the pending links of these accounts (onboarding took them back: their holder is now the mailbox owner). */
  async cancelLinks(manager: EntityManager, userIds: readonly string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager.query(
      'UPDATE email_confirmation SET expires_at = least(expires_at, now()) WHERE user_id = ANY($1::uuid[]) AND expires_at > now()',
      [userIds],
    );
  }
}
