import { Module } from '@nestjs/common';
import { ComplianceModule } from '@hocso/server-core';
import { RequirementCoverageSchedule } from './requirement-coverage-schedule.service';
import { RequirementCoverageProcessor } from './requirement-coverage.processor';

/** Keeps who each training requirement covers up to date and enrols them: after a change, and periodically. */
@Module({ imports: [ComplianceModule], providers: [RequirementCoverageProcessor, RequirementCoverageSchedule] })
export class RequirementCoverageWorkerModule {}
