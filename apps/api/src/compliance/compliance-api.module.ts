import { Module } from '@nestjs/common';
import { ComplianceModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoadersModule } from '../graphql/request-loaders';
import { ComplianceReportResolver } from './compliance-report.resolver';
import { TrainingRequirementsResolver } from './training-requirements.resolver';
import { MyTrainingRequirementsResolver } from './my-training-requirements.resolver';
import { ReminderPreferencesResolver } from './reminder-preferences.resolver';
import { RequirementPeopleResolver } from './requirement-people.resolver';
import { UnitExpertsResolver } from './unit-experts.resolver';
import { ComplianceReportFilesController } from './compliance-report-files.controller';
import { ComplianceReportsResolver } from './compliance-reports.resolver';

const RESOLVERS = [TrainingRequirementsResolver, ComplianceReportResolver, UnitExpertsResolver, RequirementPeopleResolver, MyTrainingRequirementsResolver, ReminderPreferencesResolver, ComplianceReportsResolver];

/** Training requirements, the compliance report and the units' experts; its reads use the org unit and course loaders. */
@Module({ imports: [ComplianceModule, RequestLoadersModule], providers: RESOLVERS, controllers: [ComplianceReportFilesController] })
export class ComplianceApiModule {}

export const COMPLIANCE_API: ApiDomain = { module: ComplianceApiModule, resolvers: RESOLVERS };
