import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AnswerResponse } from './answer-response';

/** The latest answer saved to one slot of an attempt; a save with a lower `clientSeq` never replaces it. */
@Entity('attempt_answer')
export class AttemptAnswerEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @PrimaryColumn({ type: 'int' })
  slot: number;

  @Column({ name: 'client_seq', type: 'int' })
  clientSeq: number;

  @Column({ type: 'jsonb' })
  response: AnswerResponse;

  @Column({ name: 'saved_at', type: 'timestamptz' })
  savedAt: Date;
}
