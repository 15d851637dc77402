import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../queue/queue.module';
import { COMPLIANCE_ENTITIES } from './compliance-entities';
import { ComplianceReportService } from './compliance-report.service';
import { RequirementCoverageScheduler } from './requirement-coverage-scheduler';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { TrainingRequirementService } from './training-requirement.service';
import { UnitExpertService } from './unit-expert.service';
import { MyTrainingRequirementsService } from './my-training-requirements.service';
import { RequirementExceptionService } from './requirement-exception.service';
import { UnitPeopleService } from './unit-people.service';

const SERVICES = [
  TrainingRequirementService,
  RequirementCoverageScheduler,
  RequirementEnrolmentService,
  ComplianceReportService,
  UnitExpertService,
  RequirementExceptionService,
  UnitPeopleService,
  MyTrainingRequirementsService,
];

@Module({
  imports: [TypeOrmModule.forFeature(COMPLIANCE_ENTITIES), QueueModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ComplianceModule {}
