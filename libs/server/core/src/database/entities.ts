import { AUTH_ENTITIES } from '../auth/auth-entities';
import { CREDENTIAL_ENTITIES } from '../certificates/credentials/credential-entities';
import { CERTIFICATE_ENTITIES } from '../certificates/certificate-entities';
import { COHORT_ENTITIES } from '../cohorts/cohort-entities';
import { COMPLIANCE_ENTITIES } from '../compliance/compliance-entities';
import { LIVE_SESSION_ENTITIES } from '../live-sessions/live-session-entities';
import { COURSE_ENTITIES } from '../courses/course-entities';
import { EXTERNAL_CERTIFICATE_ENTITIES } from '../external-certificates/external-certificate-entities';
import { EXAM_ENTITIES } from '../exams/exam-entities';
import { ENROLLMENT_ENTITIES } from '../enrollments/enrollment-entities';
import { OFFICIAL_IMPORT_ENTITIES } from '../official-imports/official-import-entities';
import { NOTIFICATION_ENTITIES } from '../notifications/notification-entities';
import { ORG_UNIT_ENTITIES } from '../org-units/org-unit-entities';
import { OUTBOX_ENTITIES } from '../outbox/outbox-entities';
import { QUESTION_BANK_ENTITIES } from '../question-bank/question-bank-entities';
import { TRACK_ENTITIES } from '../tracks/track-entities';
import { USER_ENTITIES } from '../users/user-entities';

/** Every entity, one list per domain (each domain's module registers the same list). */
export const ENTITIES = [
  ...ORG_UNIT_ENTITIES,
  ...USER_ENTITIES,
  ...AUTH_ENTITIES,
  ...TRACK_ENTITIES,
  ...OFFICIAL_IMPORT_ENTITIES,
  ...QUESTION_BANK_ENTITIES,
  ...COURSE_ENTITIES,
  ...ENROLLMENT_ENTITIES,
  ...EXAM_ENTITIES,
  ...OUTBOX_ENTITIES,
  ...CREDENTIAL_ENTITIES,
  ...EXTERNAL_CERTIFICATE_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...CERTIFICATE_ENTITIES,
  ...COMPLIANCE_ENTITIES,
  ...COHORT_ENTITIES,
  ...LIVE_SESSION_ENTITIES,
];
