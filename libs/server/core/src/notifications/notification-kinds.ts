/**
 * Every kind of notification, with the parameters its texts use. A kind's texts are the message keys
 * `notification.<kind>.title` and `notification.<kind>.body` in notification-messages.ts.
 */
export interface NotificationParamsByKind {
  'certificate.issued': { serial: string; courseTitle: string; verifyUrl: string };
  'external-certificate.approved': { key: string; reason: string };
  'external-certificate.rejected': { key: string; reason: string };
  'compliance.reminder': { requirementTitle: string; dueOn: string; unitName: string };
}
export type NotificationKind = keyof NotificationParamsByKind;
export const NOTIFICATION_KINDS = ['certificate.issued', 'external-certificate.approved', 'external-certificate.rejected', 'compliance.reminder'] as const satisfies readonly NotificationKind[];

export function isNotificationKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}
