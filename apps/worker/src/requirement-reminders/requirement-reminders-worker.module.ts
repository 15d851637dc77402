import { Module } from '@nestjs/common';
import { ComplianceModule } from '@hocso/server-core';
import { RequirementRemindersSchedule } from './requirement-reminders-schedule.service';
import { RequirementRemindersProcessor } from './requirement-reminders.processor';

/** The training reminders: a periodic run that sends what is owed, derived from PostgreSQL each time. */
@Module({ imports: [ComplianceModule], providers: [RequirementRemindersProcessor, RequirementRemindersSchedule] })
export class RequirementRemindersWorkerModule {}
