import { ACCESS_MESSAGES } from '../access/access-messages';
import { AUTH_MESSAGES } from '../auth/auth-messages';
import { COHORT_MESSAGES } from '../cohorts/cohort-messages';
import { COMPLIANCE_MESSAGES } from '../compliance/compliance-messages';
import { COMPLIANCE_REPORT_MESSAGES } from '../compliance/reports/compliance-report-messages';
import { LIVE_SESSION_MESSAGES } from '../live-sessions/live-session-messages';
import { COURSE_MESSAGES } from '../courses/course-messages';
import { ATTEMPT_MESSAGES } from '../exams/attempt-messages';
import { EXAM_MESSAGES } from '../exams/exam-messages';
import { EXAM_REVIEW_MESSAGES } from '../exams/exam-review-messages';
import { ENROLLMENT_MESSAGES } from '../enrollments/enrollment-messages';
import { MAIL_MESSAGES } from '../mail/mail-messages';
import { SMS_MESSAGES } from '../sms/sms-messages';
import { OFFICIAL_IMPORT_MESSAGES } from '../official-imports/official-import-messages';
import { ORG_UNIT_MESSAGES } from '../org-units/org-unit-messages';
import { PAGINATION_MESSAGES } from '../pagination/pagination-messages';
import { QUESTION_IMPORT_MESSAGES } from '../question-bank/formats/question-import-messages';
import { QUESTION_BANK_MESSAGES } from '../question-bank/question-bank-messages';
import { INPUT_MESSAGES } from '../input/input-messages';
import { FILE_MESSAGES } from '../storage/file-messages';
import { USER_MESSAGES } from '../users/user-messages';
import { ACCOUNT_MESSAGES } from '../users/account-messages';
import { THROTTLE_MESSAGES } from '../auth/throttle-messages';
import { COMMON_MESSAGES } from './common-messages';
import { REQUEST_MESSAGES } from './request-messages';
import { QUESTION_LIMIT_MESSAGES } from '../question-bank/question-limit-messages';
import { REQUEST_LIMIT_MESSAGES } from './request-limit-messages';
import { GRADING_MESSAGES } from '../exams/grading/grading-messages';
import { STATISTICS_MESSAGES } from '../exams/statistics/statistics-messages';
import { CREDENTIAL_MESSAGES } from '../certificates/credentials/credential-messages';
import { EXTERNAL_CERTIFICATE_MESSAGES } from '../external-certificates/external-certificate-messages';
import { CERTIFICATE_MESSAGES } from '../certificates/certificate-messages';
import { NOTIFICATION_MESSAGES } from '../notifications/notification-messages';
import type { Translation } from './translation';

/** Every message the server can show a user, by reason key: each domain contributes its own file. */
export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...ACCESS_MESSAGES,
  ...REQUEST_MESSAGES,
  ...AUTH_MESSAGES,
  ...USER_MESSAGES,
  ...ORG_UNIT_MESSAGES,
  ...OFFICIAL_IMPORT_MESSAGES,
  ...QUESTION_BANK_MESSAGES,
  ...QUESTION_IMPORT_MESSAGES,
  ...FILE_MESSAGES,
  ...PAGINATION_MESSAGES,
  ...COURSE_MESSAGES,
  ...ENROLLMENT_MESSAGES,
  ...EXAM_MESSAGES,
  ...ATTEMPT_MESSAGES,
  ...EXAM_REVIEW_MESSAGES,
  ...MAIL_MESSAGES,
  ...SMS_MESSAGES,
  ...INPUT_MESSAGES,
  ...ACCOUNT_MESSAGES,
  ...REQUEST_LIMIT_MESSAGES,
  ...QUESTION_LIMIT_MESSAGES,
  ...THROTTLE_MESSAGES,
  ...GRADING_MESSAGES,
  ...STATISTICS_MESSAGES,
  ...CREDENTIAL_MESSAGES,
  ...EXTERNAL_CERTIFICATE_MESSAGES,
  ...NOTIFICATION_MESSAGES,
  ...CERTIFICATE_MESSAGES,
  ...COMPLIANCE_MESSAGES,
  ...COMPLIANCE_REPORT_MESSAGES,
  ...COHORT_MESSAGES,
  ...LIVE_SESSION_MESSAGES,
} satisfies Record<string, Translation>;

export type MessageKey = keyof typeof MESSAGES;

export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(MESSAGES, value);
}
