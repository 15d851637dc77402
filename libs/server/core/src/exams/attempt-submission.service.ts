import { isUuid } from '@hocso/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { AnswerResponse } from './answer-response';
import { scoreAttempt } from './attempt-score';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { recordExamOutcome } from './exam-lesson-completion';
import { QuestionVersionCache } from './question-version-cache';

/** How an attempt ends: pressed by its taker now, or closed by the server at its deadline. */
type Ending = { auto: false } | { auto: true };

/** Attempts closed by one sweep transaction; their row locks are held while they are graded. */
export const SWEEP_BATCH_SIZE = 100;

/**
 * Ends attempts: submitted by the learner, or closed past their deadline and grace by the delayed job, a
 * read, or the sweep. Each ending grades the attempt and records the exam's outcome on the learner's
 * lessons in the same transaction, under the attempt's row lock (saves take a key-share lock on it, so no
 * save is acknowledged after the answers were read for grading).
 */
@Injectable()
export class AttemptSubmissionService {
  private readonly logger = new Logger('AttemptSubmission');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: QuestionVersionCache,
  ) {}

  /**
   * Idempotent: a submitted attempt is returned as it is. An attempt already past its deadline and grace is
   * closed as the server would have closed it (finished at its deadline, auto-submitted).
   */
  async submit(actor: Actor, attemptId: string): Promise<ExamAttemptEntity> {
    if (!isUuid(attemptId)) throw DomainError.notFound('exam.attemptNotFound', attemptId);
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, attemptId);
      if (!locked || locked.userId !== actor.userId) throw DomainError.notFound('exam.attemptNotFound', attemptId);
      if (locked.state === 'IN_PROGRESS') await this.close(manager, attemptId, { auto: locked.overdue });
      return manager.findOneOrFail(ExamAttemptEntity, { where: { id: attemptId } });
    });
  }

  /** Closes the attempt if it is still open past its deadline and grace; whether it did. */
  async autoSubmit(attemptId: string): Promise<boolean> {
    if (!isUuid(attemptId)) return false;
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(manager, attemptId);
      if (!locked || locked.state !== 'IN_PROGRESS' || !locked.overdue) return false;
      await this.close(manager, attemptId, { auto: true });
      return true;
    });
  }

  /**
   * Closes every attempt still open past its deadline and grace, a batch per transaction. Several workers
   * may sweep at once: each takes rows the others have not locked. An attempt that fails to close is logged
   * and left for the next sweep, without stopping the others.
   */
  async sweep(batchSize = SWEEP_BATCH_SIZE): Promise<number> {
    const failed: string[] = [];
    let closed = 0;
    for (;;) {
      const { picked, done } = await this.dataSource.transaction(async (manager) => {
        const rows: Array<{ id: string }> = await manager.query(
          `SELECT id FROM exam_attempt
            WHERE state = 'IN_PROGRESS' AND accepts_until < now() AND id <> ALL($2::uuid[])
            ORDER BY accepts_until
            LIMIT $1
              FOR UPDATE SKIP LOCKED`,
          [batchSize, failed],
        );
        let ok = 0;
        for (const { id } of rows) {
          await manager.query('SAVEPOINT close_attempt');
          try {
            await this.close(manager, id, { auto: true });
            await manager.query('RELEASE SAVEPOINT close_attempt');
            ok += 1;
          } catch (error) {
            await manager.query('ROLLBACK TO SAVEPOINT close_attempt');
            failed.push(id);
            this.logger.error(`Attempt ${id} could not be closed past its deadline: ${(error as Error).message}`);
          }
        }
        return { picked: rows.length, done: ok };
      });
      closed += done;
      if (picked < batchSize) return closed;
    }
  }

  private async lock(manager: EntityManager, attemptId: string): Promise<{ userId: string; state: string; overdue: boolean } | null> {
    const [row]: Array<{ user_id: string; state: string; overdue: boolean }> = await manager.query(
      `SELECT user_id, state, (accepts_until IS NOT NULL AND accepts_until < now()) AS overdue
         FROM exam_attempt WHERE id = $1 FOR UPDATE`,
      [attemptId],
    );
    return row ? { userId: row.user_id, state: row.state, overdue: row.overdue } : null;
  }

  /** Grades the locked, open attempt and ends it. */
  private async close(manager: EntityManager, attemptId: string, ending: Ending): Promise<void> {
    const attempt = await manager.findOneOrFail(ExamAttemptEntity, { where: { id: attemptId } });
    const answers: Array<{ slot: number; response: AnswerResponse }> = await manager.query(
      'SELECT slot, response FROM attempt_answer WHERE attempt_id = $1',
      [attemptId],
    );
    const [exam]: Array<{ pass_percent: number }> = await manager.query('SELECT pass_percent FROM exam WHERE id = $1', [attempt.examId]);
    const questions = await this.versions.get(attempt.slots.map((slot) => slot.versionId));
    const score = scoreAttempt(attempt.slots, new Map(answers.map((answer) => [answer.slot, answer.response])), questions, {
      passPercent: exam.pass_percent,
    });
    await manager.query(
      `UPDATE exam_attempt
          SET state = $2::varchar, submitted_at = CASE WHEN $3::boolean THEN deadline ELSE now() END, auto_submitted = $3::boolean,
              results = $4::jsonb, score_points = $5, score_percent = $6, passed = $7,
              graded_at = CASE WHEN $2::varchar = 'GRADED' THEN now() END
        WHERE id = $1`,
      [attemptId, score.state, ending.auto, JSON.stringify(score.results), score.scorePoints, score.scorePercent, score.passed],
    );
    await recordExamOutcome(manager, attempt.examId, attempt.userId);
  }
}
