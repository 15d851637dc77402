import { LiveSessionAttendanceEntity } from './live-session-attendance.entity';
import { LiveSessionRegistrationEntity } from './live-session-registration.entity';
import { LiveSessionEntity } from './live-session.entity';

/** Live sessions, their registrations and attendance. */
export const LIVE_SESSION_ENTITIES = [LiveSessionEntity, LiveSessionRegistrationEntity, LiveSessionAttendanceEntity];
