import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Since when a person has been covered by a requirement (what a relative due date counts from); kept by the worker. */
@Entity('requirement_coverage')
export class RequirementCoverageEntity {
  @PrimaryColumn({ name: 'requirement_id', type: 'uuid' })
  requirementId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'covered_at', type: 'timestamptz' })
  coveredAt: Date;
}
