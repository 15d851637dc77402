import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { updatedRows } from '../database/updated-rows';
import { MailService } from '../mail/mail.service';
import type { NotificationKind } from './notification-kinds';
import { notificationText } from './notification-text';
import type { NotificationEntity } from './notification.entity';

const SEPARATOR = '\n\n— — —\n\n';

/**
 * Mails a notification to its reader when SMTP is configured (in-app only otherwise), at most once: the
 * notification is marked mailed in the statement that claims it.
 */
@Injectable()
export class NotificationMailer {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails the person's notifications of this kind whose parameters include `params` and that were not mailed yet. */
  async mailMatching(userId: string, kind: NotificationKind, params: Record<string, string>): Promise<number> {
    if (!this.config.SMTP_HOST) return 0;
    const claimed = updatedRows<Pick<NotificationEntity, 'kind' | 'params'> & { email: string }>(
      await this.dataSource.query(
      `UPDATE notification n SET mailed_at = now() FROM app_user u
        WHERE n.user_id = $1 AND n.kind = $2 AND n.params @> $3::jsonb AND n.mailed_at IS NULL AND u.id = n.user_id AND u.email IS NOT NULL
        RETURNING n.kind, n.params, u.email`,
        [userId, kind, JSON.stringify(params)],
      ),
    );
    await this.mail.enqueue(
      claimed.map((row) => {
        const vi = notificationText(row, 'vi');
        const en = notificationText(row, 'en');
        return { to: row.email, subject: `HocSo: ${vi.title} / ${en.title}`, text: `${vi.body}${SEPARATOR}${en.body}\n` };
      }),
    );
    return claimed.length;
  }
}
