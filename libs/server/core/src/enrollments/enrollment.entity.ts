import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EnrollmentSource, EnrollmentStatus } from './enrollment-status';

/** A learner in one published version of a course. */
@Entity('enrollment')
export class EnrollmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'course_id', type: 'uuid' })
  courseId: string;

  /** The version the learner started; they keep it when a newer one is published. */
  @Column({ name: 'course_version_id', type: 'uuid' })
  courseVersionId: string;

  @Column({ type: 'varchar', length: 16 })
  status: EnrollmentStatus;

  @Column({ type: 'varchar', length: 16 })
  source: EnrollmentSource;

  @Column({ name: 'completed_lesson_ids', type: 'uuid', array: true })
  completedLessonIds: string[];

  /** 0..1 over the required lessons of the learner's version. */
  @Column({ type: 'real' })
  progress: number;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt: Date;

  /** The latest completion; it keeps counting while a retake runs, until the retake completes. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Which completion `completedAt` is: 1 until a retake completes, then one more for each. */
  @Column({ name: 'completion_number', type: 'int' })
  completionNumber: number;

  /**
   * Set while a completed course is taken again: the lessons and progress are the retake's, the status and
   * completion the earlier one's.
   */
  @Column({ name: 'retake_started_at', type: 'timestamptz', nullable: true })
  retakeStartedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
