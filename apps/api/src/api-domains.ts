import type { ApiDomain } from './api-domain';
import { AUTH_API } from './auth/auth-api.module';
import { COHORTS_API } from './cohorts/cohorts-api.module';
import { COMPLIANCE_API } from './compliance/compliance-api.module';
import { CREDENTIALS_API } from './credentials/credentials-api.module';
import { CERTIFICATES_API } from './certificates/certificates-api.module';
import { COURSES_API } from './courses/courses-api.module';
import { ENROLLMENTS_API } from './enrollments/enrollments-api.module';
import { EXTERNAL_CERTIFICATES_API } from './external-certificates/external-certificates-api.module';
import { EXAMS_API } from './exams/exams-api.module';
import { LIVE_SESSIONS_API } from './live-sessions/live-sessions-api.module';
import { NOTIFICATIONS_API } from './notifications/notifications-api.module';
import { OFFICIAL_IMPORTS_API } from './official-imports/official-imports-api.module';
import { ORG_UNITS_API } from './org-units/org-units-api.module';
import { QUESTION_BANK_API } from './question-bank/question-bank-api.module';
import { TRACKS_API } from './tracks/tracks-api.module';
import { USERS_API } from './users/users-api.module';

/** Every domain of the API, one line each: the app module imports them and the schema emitter reads their resolvers. */
export const API_DOMAINS: ApiDomain[] = [AUTH_API, USERS_API, ORG_UNITS_API, TRACKS_API, OFFICIAL_IMPORTS_API, QUESTION_BANK_API, COURSES_API, ENROLLMENTS_API, EXAMS_API, CREDENTIALS_API, EXTERNAL_CERTIFICATES_API, NOTIFICATIONS_API, CERTIFICATES_API, COMPLIANCE_API, COHORTS_API, LIVE_SESSIONS_API];

export const RESOLVERS = API_DOMAINS.flatMap((domain) => domain.resolvers);
