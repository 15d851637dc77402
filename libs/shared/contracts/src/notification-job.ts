/**
 * Job of the `notifications` queue: tell one person something, once. `key` names the event (a notification
 * with the same person, kind and key is never written twice, however often the job runs).
 */
export interface NotificationJob {
  userId: string;
  kind: string;
  key: string;
  params: Record<string, string>;
}

export function notificationJobId(kind: string, key: string): string {
  return `notify-${kind}-${key}`;
}
