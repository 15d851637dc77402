import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person let off a requirement, with the reason: not counted as required while it stands. */
@Entity('requirement_exemption')
export class RequirementExemptionEntity {
  @PrimaryColumn({ name: 'requirement_id', type: 'uuid' })
  requirementId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'granted_by_id', type: 'uuid', nullable: true })
  grantedById: string | null;

  @CreateDateColumn({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
