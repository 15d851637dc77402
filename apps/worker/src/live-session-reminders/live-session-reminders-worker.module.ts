import { Module } from '@nestjs/common';
import { LiveSessionsModule } from '@hocso/server-core';
import { LiveSessionRemindersSchedule } from './live-session-reminders-schedule.service';
import { LiveSessionRemindersProcessor } from './live-session-reminders.processor';

/** The reminders before live sessions: a periodic run that sends what is owed, derived from PostgreSQL each time. */
@Module({ imports: [LiveSessionsModule], providers: [LiveSessionRemindersProcessor, LiveSessionRemindersSchedule] })
export class LiveSessionRemindersWorkerModule {}
