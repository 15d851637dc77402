import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GradingMethod, ReviewPolicy } from './exam-settings';

/** An exam drawn from one question bank by its rules (`exam_rule`). */
@Entity('exam')
export class ExamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'bank_id', type: 'uuid' })
  bankId: string;

  @Column({ type: 'varchar', length: 255 })
  title: string;

  /** Shown before the learner starts; plain text. */
  @Column({ type: 'text', default: '' })
  instructions: string;

  /** Null: untimed. */
  @Column({ name: 'time_limit_seconds', type: 'int', nullable: true })
  timeLimitSeconds: number | null;

  /** Null: unlimited. */
  @Column({ name: 'max_attempts', type: 'int', nullable: true })
  maxAttempts: number | null;

  @Column({ name: 'attempt_delay_seconds', type: 'int', default: 0 })
  attemptDelaySeconds: number;

  @Column({ name: 'grading_method', type: 'varchar', length: 16 })
  gradingMethod: GradingMethod;

  @Column({ name: 'pass_percent', type: 'real' })
  passPercent: number;

  @Column({ name: 'shuffle_questions', type: 'boolean' })
  shuffleQuestions: boolean;

  @Column({ name: 'shuffle_options', type: 'boolean' })
  shuffleOptions: boolean;

  @Column({ name: 'opens_at', type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ name: 'closes_at', type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  /** Seconds after the deadline in which a late save or submit is still accepted (network lag). */
  @Column({ name: 'grace_seconds', type: 'int', default: 0 })
  graceSeconds: number;

  @Column({ name: 'review_policy', type: 'jsonb' })
  reviewPolicy: ReviewPolicy;

  /** A public exam ("Thi trực tuyến"): any signed-in account may take it, not only a course's learners. */
  @Column({ name: 'open_to_all', type: 'boolean', default: false })
  openToAll: boolean;

  /** The sum of the rules' counts: how many questions each attempt has. */
  @Column({ name: 'question_count', type: 'int' })
  questionCount: number;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
