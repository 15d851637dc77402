import { RequirementAuditEntity } from './requirement-audit.entity';
import { RequirementCoverageEntity } from './requirement-coverage.entity';
import { RequirementExemptionEntity } from './requirement-exemption.entity';
import { RequirementExtensionEntity } from './requirement-extension.entity';
import { TrainingRequirementEntity } from './training-requirement.entity';
import { UnitExpertEntity } from './unit-expert.entity';

/** Training requirements, their audit trail, coverage, exemptions and extensions, and the units' experts. */
export const COMPLIANCE_ENTITIES = [
  TrainingRequirementEntity,
  RequirementAuditEntity,
  RequirementCoverageEntity,
  RequirementExemptionEntity,
  RequirementExtensionEntity,
  UnitExpertEntity,
];
