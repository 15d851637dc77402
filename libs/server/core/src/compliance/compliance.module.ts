import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { QueueModule } from '../queue/queue.module';
import { COMPLIANCE_ENTITIES } from './compliance-entities';
import { ComplianceReportService } from './compliance-report.service';
import { RequirementCoverageScheduler } from './requirement-coverage-scheduler';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { RequirementStatusRefresher } from './requirement-status-refresher';
import { TrainingRequirementService } from './training-requirement.service';
import { UnitExpertService } from './unit-expert.service';
import { ComplianceLevelsService } from './reports/compliance-levels.service';
import { ComplianceReminderService } from './reports/compliance-reminder.service';
import { ComplianceReportFilesService } from './reports/compliance-report-files.service';
import { ComplianceReportScope } from './reports/compliance-report-scope';
import { ComplianceSnapshotScheduler } from './reports/compliance-snapshot-scheduler';
import { ComplianceSnapshotService } from './reports/compliance-snapshot.service';
import { LevelReportService } from './reports/level-report.service';
import { UnitExpertRosterService } from './reports/unit-expert-roster.service';
import { MyTrainingRequirementsService } from './my-training-requirements.service';
import { ReminderPreferenceService } from './reminder-preference.service';
import { RequirementExceptionService } from './requirement-exception.service';
import { RequirementReminderScheduler } from './requirement-reminder-scheduler';
import { RequirementReminderService } from './requirement-reminder.service';
import { UnitPeopleService } from './unit-people.service';

const SERVICES = [
  TrainingRequirementService,
  RequirementCoverageScheduler,
  RequirementEnrolmentService,
  RequirementStatusRefresher,
  ComplianceReportService,
  UnitExpertService,
  RequirementExceptionService,
  UnitPeopleService,
  MyTrainingRequirementsService,
  RequirementReminderService,
  RequirementReminderScheduler,
  ReminderPreferenceService,
];
const REPORT_SERVICES = [ComplianceReportScope, ComplianceLevelsService, LevelReportService, ComplianceReminderService, ComplianceSnapshotService, ComplianceSnapshotScheduler, UnitExpertRosterService, ComplianceReportFilesService];

@Module({
  imports: [TypeOrmModule.forFeature(COMPLIANCE_ENTITIES), QueueModule, NotificationsModule],
  providers: [...SERVICES, ...REPORT_SERVICES],
  exports: [...SERVICES, ...REPORT_SERVICES],
})
export class ComplianceModule {}
