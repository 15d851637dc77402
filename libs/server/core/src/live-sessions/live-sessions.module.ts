import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LIVE_SESSION_ENTITIES } from './live-session-entities';
import { LiveSessionAttendanceService } from './live-session-attendance.service';
import { LiveSessionCheckInService } from './live-session-check-in.service';
import { LiveSessionRegistrationService } from './live-session-registration.service';
import { LiveSessionService } from './live-session.service';

const SERVICES = [LiveSessionService, LiveSessionRegistrationService, LiveSessionCheckInService, LiveSessionAttendanceService];

@Module({ imports: [TypeOrmModule.forFeature(LIVE_SESSION_ENTITIES)], providers: SERVICES, exports: SERVICES })
export class LiveSessionsModule {}
