import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import { renderMessage } from '../i18n/render-message';
import { NotificationMailer } from '../notifications/notification-mailer';
import { NotificationWriter } from '../notifications/notification-writer';
import { formatDueDate } from './due-date-format';
import { OWED_REMINDERS_SQL, reminderDaySql } from './requirement-reminder-sql';

export type ReminderKind = 'ASSIGNED' | 'DUE_14' | 'DUE_3' | 'OVERDUE' | 'RENEWAL';

interface OwedReminder {
  requirement_id: string;
  user_id: string;
  kind: ReminderKind;
  due_cycle: Date;
  recipient_id: string;
  due_at: Date;
  /** A reminder to renew a met recurring requirement before it expires (`due_at`). */
  renewal: boolean;
  title: string;
  person_name: string;
}

/** The most lines one digest lists; the rest are counted. */
export const DIGEST_MAX_LINES = 20;

export interface ReminderRunOutcome {
  digests: number;
  reminders: number;
}

/**
 * Training reminders, re-derived from PostgreSQL at each run: what each person (and, for overdue people, their unit
 * manager) is owed now, renewals of met recurring requirements included, sent as at most one digest notification per recipient per day (mailed when SMTP is set).
 * Each reminder is recorded as sent in the digest's transaction, keyed by requirement, person, kind, due cycle and
 * recipient, so a run again, two runs at once or a Redis flush never send one twice; reminders owed to someone who
 * already had today's digest wait for tomorrow's.
 */
@Injectable()
export class RequirementReminderService {
  private readonly logger = new Logger('RequirementReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationWriter,
    private readonly mailer: NotificationMailer,
  ) {}

  async run(now: Date = new Date()): Promise<ReminderRunOutcome> {
    const owed: OwedReminder[] = await this.dataSource.query(OWED_REMINDERS_SQL, [now]);
    const byRecipient = new Map<string, OwedReminder[]>();
    for (const reminder of owed) byRecipient.set(reminder.recipient_id, [...(byRecipient.get(reminder.recipient_id) ?? []), reminder]);
    const outcome: ReminderRunOutcome = { digests: 0, reminders: 0 };
    for (const [recipientId, reminders] of byRecipient) {
      const key = await this.dataSource.transaction((manager) => this.sendDigest(manager, now, recipientId, reminders));
      if (key === null) continue;
      outcome.digests++;
      outcome.reminders += reminders.length;
      await this.mailer.mailMatching(recipientId, 'requirement.reminders', { key });
    }
    if (outcome.digests > 0) this.logger.log(`${outcome.reminders} reminders in ${outcome.digests} digests`);
    return outcome;
  }

  /** The day's digest, unless the recipient already had one (then nothing is written): its notification key. */
  private async sendDigest(manager: EntityManager, now: Date, recipientId: string, reminders: OwedReminder[]): Promise<string | null> {
    const [digest]: Array<{ day: string }> = await manager.query(
      `INSERT INTO requirement_reminder_digest (recipient_id, day) VALUES ($1, ${reminderDaySql('$2::timestamptz')})
       ON CONFLICT DO NOTHING RETURNING to_char(day, 'YYYY-MM-DD') AS day`,
      [recipientId, now],
    );
    if (!digest) return null;
    const key = `reminders-${digest.day}`;
    const notificationId = await this.notifications.write(manager, recipientId, 'requirement.reminders', {
      key,
      count: reminders.length,
      items_vi: digestText(reminders, recipientId, 'vi'),
      items_en: digestText(reminders, recipientId, 'en'),
    });
    await manager.query('UPDATE requirement_reminder_digest SET notification_id = $3 WHERE recipient_id = $1 AND day = $2::date', [recipientId, digest.day, notificationId]);
    await manager.query(
      `INSERT INTO requirement_reminder_sent (requirement_id, user_id, kind, due_cycle, recipient_id, digest_day)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::timestamptz[], $5::uuid[], $6::date[])
       ON CONFLICT DO NOTHING`,
      [
        reminders.map((reminder) => reminder.requirement_id),
        reminders.map((reminder) => reminder.user_id),
        reminders.map((reminder) => reminder.kind),
        reminders.map((reminder) => reminder.due_cycle),
        reminders.map(() => recipientId),
        reminders.map(() => digest.day),
      ],
    );
    return key;
  }
}

/** The digest's lines in one language: the recipient's own reminders, then the people they manage who are overdue. */
export function digestText(reminders: readonly Pick<OwedReminder, 'kind' | 'user_id' | 'title' | 'due_at' | 'person_name' | 'renewal'>[], recipientId: string, locale: Locale): string {
  const ordered = [...reminders].sort((a, b) => Number(b.user_id === recipientId) - Number(a.user_id === recipientId));
  const lines = ordered.slice(0, DIGEST_MAX_LINES).map((reminder) => {
    const own = reminder.user_id === recipientId;
    const key = (own ? `reminder.line.${reminder.renewal ? 'renewal.' : ''}${reminder.kind}` : 'reminder.line.OVERDUE_OF') as MessageKey;
    return renderMessage(key, { title: reminder.title, due: formatDueDate(reminder.due_at), person: reminder.person_name }, locale);
  });
  if (reminders.length > DIGEST_MAX_LINES) lines.push(renderMessage('reminder.more', { count: reminders.length - DIGEST_MAX_LINES }, locale));
  return lines.join('\n');
}
