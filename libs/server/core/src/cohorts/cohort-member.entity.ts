import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person in a cohort; adding them enrolled them in the cohort's courses. */
@Entity('cohort_member')
export class CohortMemberEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'added_by_id', type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
