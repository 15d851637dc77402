import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LIVE_SESSION_ENTITIES } from './live-session-entities';
import { LiveSessionAttendanceService } from './live-session-attendance.service';
import { LiveSessionCheckInService } from './live-session-check-in.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionService } from './live-session.service';
import { LiveSessionCancellationService } from './live-session-cancellation.service';
import { LiveSessionAttendeesService } from './live-session-attendees.service';
import { NotificationsModule } from '../notifications/notifications.module';

const SERVICES = [LiveSessionService, LiveSessionRegistrationService, LiveSessionCheckInService, LiveSessionAttendanceService, LiveSessionCancellationService, LiveSessionAttendeesService];

@Module({ imports: [TypeOrmModule.forFeature(LIVE_SESSION_ENTITIES), NotificationsModule], providers: SERVICES, exports: SERVICES })
export class LiveSessionsModule {}
