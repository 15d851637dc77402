/**
 * Every kind of notification, with the parameters its texts use. A kind's texts are the message keys
 * `notification.<kind>.title` and `notification.<kind>.body` in notification-messages.ts.
 */
export interface NotificationParamsByKind {
  'certificate.issued': { serial: string; courseTitle: string; verifyUrl: string };
}
export type NotificationKind = keyof NotificationParamsByKind;
export const NOTIFICATION_KINDS = ['certificate.issued'] as const satisfies readonly NotificationKind[];
