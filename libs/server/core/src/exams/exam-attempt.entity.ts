import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AttemptSlot, SlotResult } from './attempt-slot';
import type { AttemptState } from './exam-settings';

/** One learner's attempt at an exam: its questions are frozen at start and its deadline is the server's. */
@Entity('exam_attempt')
export class ExamAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'exam_id', type: 'uuid' })
  examId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** 1 for the learner's first attempt at this exam, 2 for the next… */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: 16 })
  state: AttemptState;

  /** The taker's org unit when the attempt started: exam-day counts go by it. */
  @Column({ name: 'org_unit_id', type: 'uuid', nullable: true })
  orgUnitId: string | null;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  /** The time multiplier in force (overrides and accommodations); changing them recomputes the deadline. */
  @Column({ name: 'time_multiplier', type: 'real', default: 1 })
  timeMultiplier: number;

  /** Extra time granted on exam day (e.g. a power cut in a commune), on top of the computed deadline. */
  @Column({ name: 'extension_seconds', type: 'int', default: 0 })
  extensionSeconds: number;

  /** Null: no time limit and no closing time. */
  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  /** The deadline plus the exam's grace: saves and submits after it are refused. */
  @Column({ name: 'accepts_until', type: 'timestamptz', nullable: true })
  acceptsUntil: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'auto_submitted', type: 'boolean', default: false })
  autoSubmitted: boolean;

  @Column({ type: 'jsonb' })
  slots: AttemptSlot[];

  /** Null until graded. */
  @Column({ type: 'jsonb', nullable: true })
  results: SlotResult[] | null;

  @Column({ name: 'score_points', type: 'real', nullable: true })
  scorePoints: number | null;

  @Column({ name: 'max_points', type: 'real' })
  maxPoints: number;

  /** 0..100; null until every slot is graded. */
  @Column({ name: 'score_percent', type: 'real', nullable: true })
  scorePercent: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;
}
