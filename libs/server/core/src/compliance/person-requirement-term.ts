import { Column, CreateDateColumn, PrimaryColumn } from 'typeorm';

/** What an exemption and an extension share: one person, one requirement, why, and who granted it when. */
export abstract class PersonRequirementTerm {
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
