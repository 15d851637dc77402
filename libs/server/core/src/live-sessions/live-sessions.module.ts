import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LIVE_SESSION_ENTITIES } from './live-session-entities';
import { LiveSessionAttendanceService } from './live-session-attendance.service';
import { LiveSessionCheckInService } from './live-session-check-in.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionService } from './live-session.service';
import { LiveSessionCancellationService } from './live-session-cancellation.service';
import { LiveSessionRescheduleService } from './live-session-reschedule.service';
import { LiveSessionAttendeesService } from './live-session-attendees.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { QueueModule } from '../queue/queue.module';
import { LiveSessionReminderScheduler } from './live-session-reminder-scheduler';
import { LiveSessionReminderService } from './live-session-reminder.service';

const SERVICES = [LiveSessionService, LiveSessionRegistrationService, LiveSessionCheckInService, LiveSessionAttendanceService, LiveSessionCancellationService, LiveSessionRescheduleService, LiveSessionAttendeesService, LiveSessionReminderService, LiveSessionReminderScheduler];

@Module({ imports: [TypeOrmModule.forFeature(LIVE_SESSION_ENTITIES), QueueModule, NotificationsModule], providers: SERVICES, exports: SERVICES })
export class LiveSessionsModule {}
