import type { Actor } from '../access/actor';

/**
 * Who may do what with notifications: the one place these rules are written. A notification is its
 * reader's alone: nobody, administrators included, lists or marks another person's.
 */
export function readerOfNotificationsFor(actor: Actor): string {
  return actor.userId;
}
