import type { Audience } from '@hocso/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Who must complete what by when: the people of an org unit's subtree (of some audiences, or all), and exactly
 * one of a course, a track's mandatory courses or a number of study hours.
 */
@Entity('training_requirement')
export class TrainingRequirementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  @Column({ name: 'org_unit_id', type: 'uuid' })
  orgUnitId: string;

  /** Empty: every audience. */
  @Column({ type: 'text', array: true })
  audiences: Audience[];

  @Column({ name: 'course_id', type: 'uuid', nullable: true })
  courseId: string | null;

  @Column({ name: 'track_id', type: 'uuid', nullable: true })
  trackId: string | null;

  /** numeric: pg returns a string, read through `hoursOf`. */
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  hours: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** Each person has this many days from becoming covered, never ending before `dueAt`; null: `dueAt` for everyone. */
  @Column({ name: 'due_within_days', type: 'int', nullable: true })
  dueWithinDays: number | null;

  /** A completion holds this many months, then is due again; null: once is enough. */
  @Column({ name: 'recurrence_months', type: 'int', nullable: true })
  recurrenceMonths: number | null;

  /** Days before a completion expires in which renewing counts for the next period. */
  @Column({ name: 'renewal_window_days', type: 'int', nullable: true })
  renewalWindowDays: number | null;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export function hoursOf(requirement: Pick<TrainingRequirementEntity, 'hours'>): number | null {
  return requirement.hours === null ? null : Number(requirement.hours);
}
