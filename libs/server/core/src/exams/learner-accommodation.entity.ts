import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A learner's standing accommodation (e.g. extra time), stored once and applied to every exam. */
@Entity('learner_accommodation')
export class LearnerAccommodationEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'time_multiplier', type: 'real' })
  timeMultiplier: number;

  @Column({ type: 'text', default: '' })
  note: string;

  @Column({ name: 'set_by_id', type: 'uuid', nullable: true })
  setById: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
