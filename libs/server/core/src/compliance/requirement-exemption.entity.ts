import { Entity } from 'typeorm';
import { PersonRequirementTerm } from './person-requirement-term';

/** A person let off a requirement, with the reason: not counted as required while it stands. */
@Entity('requirement_exemption')
export class RequirementExemptionEntity extends PersonRequirementTerm {}
