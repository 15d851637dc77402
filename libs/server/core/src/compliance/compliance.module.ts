import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueModule } from '../queue/queue.module';
import { COMPLIANCE_ENTITIES } from './compliance-entities';
import { ComplianceReportService } from './compliance-report.service';
import { RequirementCoverageScheduler } from './requirement-coverage-scheduler';
import { RequirementEnrolmentService } from './requirement-enrolment.service';
import { TrainingRequirementService } from './training-requirement.service';
import { UnitExpertService } from './unit-expert.service';

const SERVICES = [TrainingRequirementService, RequirementCoverageScheduler, RequirementEnrolmentService, ComplianceReportService, UnitExpertService];

@Module({
  imports: [TypeOrmModule.forFeature(COMPLIANCE_ENTITIES), QueueModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class ComplianceModule {}
