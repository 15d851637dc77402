import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A later due date for one person and one requirement, with the reason; it counts while it is later than their own. */
@Entity('requirement_extension')
export class RequirementExtensionEntity {
  @PrimaryColumn({ name: 'requirement_id', type: 'uuid' })
  requirementId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
