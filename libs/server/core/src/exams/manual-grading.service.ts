import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { updatedRows } from '../database/updated-rows';
import { DomainError } from '../errors/domain.error';
import type { QuestionContent } from '../question-bank/question-content';
import { questionTextHtml } from '../question-bank/question-text-html';
import type { AnswerResponse } from './answer-response';
import { assertCanEditExam } from './exam-access';
import type { SlotResult } from './attempt-slot';
import { attemptGradeOf } from './attempt-score';
import type { AttemptView } from './attempt.service';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { recordExamOutcome } from './exam-lesson-completion';
import { ExamService } from './exam.service';
import { outcomeOfFraction } from './grading';

/** The longest comment a trainer may leave on a graded question. */
export const GRADING_COMMENT_MAX_LENGTH = 5_000;

/** The grading queue holds at most this many essays at a time (the oldest submissions first). */
export const ESSAY_QUEUE_LIMIT = 500;

/** An essay waiting for a trainer. */
export interface EssayToGradeView {
  attempt: ExamAttemptEntity;
  slot: number;
  prompt: string;
  /** What the learner wrote; null when they left it empty. */
  text: string | null;
  maxPoints: number;
  /** The database's clock when the queue was read. */
  serverNow: Date;
}

/** Trainers grade essays and override any question's points; the attempt's grade follows at once. */
@Injectable()
export class ManualGradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exams: ExamService,
  ) {}

  /**
   * Gives one slot of a submitted attempt `points` (0..its max) with an optional comment. When no slot is
   * left waiting, the attempt becomes GRADED with its score, percent and pass/fail.
   */
  async gradeAnswer(actor: Actor, attemptId: string, slot: number, points: number, comment: string | null | undefined): Promise<AttemptView> {
    if (!isUuid(attemptId)) throw DomainError.notFound('exam.attemptNotFound', attemptId);
    return this.dataSource.transaction(async (manager) => {
      const attempt = await manager.findOne(ExamAttemptEntity, { where: { id: attemptId }, lock: { mode: 'pessimistic_write' } });
      if (!attempt) throw DomainError.notFound('exam.attemptNotFound', attemptId);
      const { exam, access } = await this.exams.withAccess(manager, actor, attempt.examId);
      assertCanEditExam(actor, access);
      if (attempt.state === 'IN_PROGRESS') throw DomainError.conflict('examGrading.attemptInProgress');
      const graded = attempt.slots.find((candidate) => candidate.slot === slot);
      if (!graded) throw DomainError.badInput('slot', 'examGrading.slotUnknown', { slot });
      if (!Number.isFinite(points) || points < 0 || points > graded.maxPoints) {
        throw DomainError.badInput('points', 'examGrading.pointsOutOfRange', { max: graded.maxPoints });
      }
      const note = comment?.trim() || null;
      if (note !== null && note.length > GRADING_COMMENT_MAX_LENGTH) {
        throw DomainError.badInput('comment', 'examGrading.commentTooLong', { max: GRADING_COMMENT_MAX_LENGTH });
      }
      const fraction = graded.maxPoints > 0 ? points / graded.maxPoints : null;
      const before = (attempt.results ?? []).find((result) => result.slot === slot);
      const result: SlotResult = {
        slot,
        fraction,
        points,
        outcome: fraction === null ? (before?.outcome ?? 'UNANSWERED') : outcomeOfFraction(fraction),
        manual: { points, comment: note, gradedById: actor.userId, gradedAt: new Date().toISOString() },
      };
      const results = [...(attempt.results ?? []).filter((other) => other.slot !== slot), result].sort((a, b) => a.slot - b.slot);
      const saved = await saveGrade(manager, attempt, results, exam.passPercent);
      const [{ now }]: Array<{ now: Date }> = await manager.query('SELECT now() AS now');
      return { attempt: saved, serverNow: now, scoreVisible: true };
    });
  }

  /** Essays of the exam's submitted attempts that no trainer has graded yet, oldest submission first. */
  async essaysToGrade(actor: Actor, examId: string): Promise<EssayToGradeView[]> {
    const { exam, access } = await this.exams.withAccess(this.dataSource.manager, actor, examId);
    assertCanEditExam(actor, access);
    const waiting: Array<{ id: string; slot: number }> = await this.dataSource.query(
      `SELECT a.id, r.slot
         FROM exam_attempt a
        CROSS JOIN LATERAL jsonb_to_recordset(a.results) AS r(slot int, outcome text, manual jsonb)
        WHERE a.exam_id = $1 AND a.state = 'NEEDS_GRADING' AND r.outcome = 'NEEDS_GRADING' AND r.manual IS NULL
        ORDER BY a.submitted_at, a.id, r.slot
        LIMIT ${ESSAY_QUEUE_LIMIT}`,
      [exam.id],
    );
    if (waiting.length === 0) return [];
    const attemptIds = [...new Set(waiting.map((row) => row.id))];
    const attempts = new Map(
      (await this.dataSource.manager.createQueryBuilder(ExamAttemptEntity, 'a').where('a.id = ANY(:ids)', { ids: attemptIds }).getMany()).map((attempt) => [attempt.id, attempt]),
    );
    const texts: Array<{ attempt_id: string; slot: number; response: AnswerResponse }> = await this.dataSource.query(
      'SELECT attempt_id, slot, response FROM attempt_answer WHERE attempt_id = ANY($1::uuid[])',
      [attemptIds],
    );
    const textOf = new Map(texts.map((row) => [`${row.attempt_id}/${row.slot}`, row.response.text ?? null]));
    const versionIds = [...new Set(waiting.map((row) => attempts.get(row.id)?.slots.find((slot) => slot.slot === row.slot)?.versionId).filter((id) => id !== undefined))];
    const prompts: Array<{ id: string; content: QuestionContent }> = await this.dataSource.query(
      'SELECT id, content FROM question_version WHERE id = ANY($1::uuid[])',
      [versionIds],
    );
    const promptOf = new Map(prompts.map((version) => [version.id, questionTextHtml(version.content.prompt, version.content.promptFormat)]));
    const [{ now }]: Array<{ now: Date }> = await this.dataSource.query('SELECT now() AS now');
    return waiting.map((row) => {
      const attempt = attempts.get(row.id) as ExamAttemptEntity;
      const slot = attempt.slots.find((candidate) => candidate.slot === row.slot);
      const text = textOf.get(`${row.id}/${row.slot}`) ?? null;
      return { attempt, slot: row.slot, prompt: promptOf.get(slot?.versionId ?? '') ?? '', text: text?.trim() ? text : null, maxPoints: slot?.maxPoints ?? 0, serverNow: now };
    });
  }
}

/**
 * Stores new results and the grade they make; a GRADED attempt records when it was graded and the learner's
 * exam outcome (a pass completes their EXAM lessons) in the caller's transaction.
 */
export async function saveGrade(manager: EntityManager, attempt: ExamAttemptEntity, results: SlotResult[], passPercent: number): Promise<ExamAttemptEntity> {
  const totals = attemptGradeOf(attempt.slots, results, passPercent);
  const [row] = updatedRows<{ graded_at: Date | null }>(
    await manager.query(
    `UPDATE exam_attempt
        SET results = $2, state = $3::varchar, score_points = $4, score_percent = $5, passed = $6,
            graded_at = CASE WHEN $3::varchar = 'GRADED' THEN now() END
      WHERE id = $1
      RETURNING graded_at`,
      [attempt.id, JSON.stringify(results), totals.state, totals.scorePoints, totals.scorePercent, totals.passed],
    ),
  );
  if (totals.state === 'GRADED') await recordExamOutcome(manager, attempt.examId, attempt.userId);
  return Object.assign(new ExamAttemptEntity(), attempt, {
    results,
    state: totals.state,
    scorePoints: totals.scorePoints,
    scorePercent: totals.scorePercent,
    passed: totals.passed,
    gradedAt: row?.graded_at ?? null,
  });
}
