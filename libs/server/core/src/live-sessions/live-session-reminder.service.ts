import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AppConfig, publicUrlOf } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import type { Locale } from '../i18n/locale';
import { renderMessage } from '../i18n/render-message';
import type { LiveSessionReminderParams } from '../notifications/notification-kinds';
import { NotificationMailer } from '../notifications/notification-mailer';
import { NotificationWriter } from '../notifications/notification-writer';
import { type LiveSessionReminderKind, OWED_LIVE_SESSION_REMINDERS_SQL } from './live-session-reminder-sql';
import { LiveSessionEntity } from './live-session.entity';
import { inVietnam } from './vietnam-time';

interface OwedSessionReminder {
  session_id: string;
  user_id: string;
  kind: LiveSessionReminderKind;
  starts_at: Date;
}

const NOTIFICATION_KIND = { DAY_BEFORE: 'live-session.reminder-day', HOUR_BEFORE: 'live-session.reminder-hour' } as const satisfies Record<LiveSessionReminderKind, string>;

/**
 * The reminders before a live session, re-derived from PostgreSQL at each run: the day before and the hour before
 * its start, to each person holding a seat, in the app (read in the reader's language) and by mail when SMTP is set.
 * Each is recorded in `live_session_reminder_sent` in the transaction that writes its notification, keyed by session,
 * person, kind and announced start, so a run again, two runs at once or a Redis flush never send one twice.
 */
@Injectable()
export class LiveSessionReminderService {
  private readonly logger = new Logger('LiveSessionReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationWriter,
    private readonly mailer: NotificationMailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sends what is owed at `now`; answers how many reminders were sent. */
  async run(now: Date = new Date()): Promise<number> {
    const owed: OwedSessionReminder[] = await this.dataSource.query(OWED_LIVE_SESSION_REMINDERS_SQL, [now]);
    const batches = new Map<string, OwedSessionReminder[]>();
    for (const reminder of owed) {
      const batch = `${reminder.session_id} ${reminder.kind}`;
      batches.set(batch, [...(batches.get(batch) ?? []), reminder]);
    }
    let sent = 0;
    for (const reminders of batches.values()) {
      const { kind, key, userIds } = await this.send(reminders);
      for (const userId of userIds) await this.mailer.mailMatching(userId, kind, { key });
      sent += userIds.length;
    }
    if (sent > 0) this.logger.log(`${sent} session reminders`);
    return sent;
  }

  /** One session's reminders of one kind: those not recorded yet are recorded and written in one transaction. */
  private async send(reminders: readonly OwedSessionReminder[]): Promise<{ kind: (typeof NOTIFICATION_KIND)[LiveSessionReminderKind]; key: string; userIds: string[] }> {
    const [{ session_id: sessionId, kind, starts_at: startsAt }] = reminders;
    const notificationKind = NOTIFICATION_KIND[kind];
    const key = `session-${kind}-${sessionId}-${startsAt.toISOString()}`;
    const userIds = await this.dataSource.transaction(async (manager) => {
      const recorded: Array<{ user_id: string }> = await manager.query(
        `INSERT INTO live_session_reminder_sent (session_id, user_id, kind, starts_at)
         SELECT $1, user_id, $3, $4 FROM unnest($2::uuid[]) AS user_id
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [sessionId, reminders.map((reminder) => reminder.user_id), kind, startsAt],
      );
      if (recorded.length === 0) return [];
      const session = await manager.findOneByOrFail(LiveSessionEntity, { id: sessionId });
      const params = this.paramsOf(session, key);
      await this.notifications.writeMany(manager, notificationKind, recorded.map((row) => ({ userId: row.user_id, params })));
      return recorded.map((row) => row.user_id);
    });
    return { kind: notificationKind, key, userIds };
  }

  private paramsOf(session: LiveSessionEntity, key: string): LiveSessionReminderParams {
    const sessionUrl = `${publicUrlOf(this.config)}/sessions/${session.id}`;
    return {
      key,
      sessionId: session.id,
      sessionTitle: session.title,
      startsAt: inVietnam(session.startsAt),
      where_vi: whereText(session, 'vi'),
      where_en: whereText(session, 'en'),
      sessionUrl,
      calendarUrl: `${sessionUrl}?calendar=ics`,
    };
  }
}

/** The place and the online link, one line each. */
function whereText(session: Pick<LiveSessionEntity, 'place' | 'onlineUrl'>, locale: Locale): string {
  return [
    session.place ? renderMessage('liveSessions.reminderPlace', { place: session.place }, locale) : null,
    session.onlineUrl ? renderMessage('liveSessions.reminderOnline', { url: session.onlineUrl }, locale) : null,
  ]
    .filter(Boolean)
    .join('\n');
}
