import { Column, Entity } from 'typeorm';
import { PersonRequirementTerm } from './person-requirement-term';

/** A later due date for one person and one requirement, with the reason; it counts while it is later than their own. */
@Entity('requirement_extension')
export class RequirementExtensionEntity extends PersonRequirementTerm {
  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;
}
