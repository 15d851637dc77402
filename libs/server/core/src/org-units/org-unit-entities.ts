import { OrgUnitEntity } from './org-unit.entity';

/** The org tree. */
export const ORG_UNIT_ENTITIES = [OrgUnitEntity];
