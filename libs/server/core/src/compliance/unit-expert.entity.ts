import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A digital-transformation expert of an org unit: a member who re-trains the unit's people. */
@Entity('unit_expert')
export class UnitExpertEntity {
  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'appointed_by_id', type: 'uuid', nullable: true })
  appointedById: string | null;

  @CreateDateColumn({ name: 'appointed_at', type: 'timestamptz' })
  appointedAt: Date;
}
