/**
 * Every kind of notification, with the parameters its texts use. A kind's texts are the message keys
 * `notification.<kind>.title` and `notification.<kind>.body` in notification-messages.ts.
 */
export interface NotificationParamsByKind {
  'certificate.issued': { serial: string; courseTitle: string; verifyUrl: string };
  'external-certificate.approved': { key: string; reason: string };
  'external-certificate.rejected': { key: string; reason: string };
  /** One recipient's training reminders of one day, the lines written in each language. */
  'requirement.reminders': { key: string; count: number; items_vi: string; items_en: string };
  'compliance.reminder': { requirementTitle: string; dueOn: string; unitName: string };
  'live-session.cancelled': { sessionId: string; sessionTitle: string; startsAt: string; reason: string };
  /** A session a person registered for moved: its new start and where (place and/or online link), and the old start. */
  'live-session.rescheduled': { sessionId: string; sessionTitle: string; startsAt: string; previousStartsAt: string; where: string };
  /** A reminder the day before a session a person registered for, and one shortly before: when, where, its calendar file. */
  'live-session.reminder-day': LiveSessionReminderParams;
  'live-session.reminder-hour': LiveSessionReminderParams;
}

export interface LiveSessionReminderParams {
  key: string;
  sessionId: string;
  sessionTitle: string;
  /** In Vietnam's time. */
  startsAt: string;
  /** The place and/or the online link, written in each language. */
  where_vi: string;
  where_en: string;
  sessionUrl: string;
  calendarUrl: string;
}
export type NotificationKind = keyof NotificationParamsByKind;
export const NOTIFICATION_KINDS = ['certificate.issued', 'external-certificate.approved', 'external-certificate.rejected', 'requirement.reminders', 'compliance.reminder', 'live-session.cancelled', 'live-session.rescheduled', 'live-session.reminder-day', 'live-session.reminder-hour'] as const satisfies readonly NotificationKind[];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}
