import { ACCESS_MESSAGES } from '../access/access-messages';
import { COURSE_MESSAGES } from '../courses/course-messages';
import { ENROLLMENT_MESSAGES } from '../enrollments/enrollment-messages';
import { PAGINATION_MESSAGES } from '../pagination/pagination-messages';
import { COMMON_MESSAGES } from './common-messages';
import type { Translation } from './translation';

/** Every message the server can show a user, by reason key: each domain contributes its own file. */
export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...ACCESS_MESSAGES,
  ...PAGINATION_MESSAGES,
  ...COURSE_MESSAGES,
  ...ENROLLMENT_MESSAGES,
} satisfies Record<string, Translation>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(MESSAGES, value);
}
