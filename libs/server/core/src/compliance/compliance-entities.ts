import { RequirementAuditEntity } from './requirement-audit.entity';
import { RequirementCoverageEntity } from './requirement-coverage.entity';
import { TrainingRequirementEntity } from './training-requirement.entity';
import { UnitExpertEntity } from './unit-expert.entity';

/** Training requirements, their audit trail and coverage, and the units' experts. */
export const COMPLIANCE_ENTITIES = [TrainingRequirementEntity, RequirementAuditEntity, RequirementCoverageEntity, UnitExpertEntity];
