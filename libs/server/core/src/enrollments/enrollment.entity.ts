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

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
