import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { QuestionContent } from '../question-bank/question-content';
import type { QuestionType } from '../question-bank/question-draft';
import type { AnswerResponse } from './answer-response';
import { assertCanEditExam } from './exam-access';
import { gradeSlot } from './attempt-score';
import type { AttemptSlot, SlotResult } from './attempt-slot';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { ExamService } from './exam.service';
import { saveGrade } from './manual-grading.service';

/** Attempts are regraded this many per transaction, so a large exam never holds many row locks at once. */
const REGRADE_BATCH = 200;

/** At most this many changed attempts are listed; `changedCount` counts them all. */
export const REGRADE_LIST_LIMIT = 2_000;

export interface RegradedAttemptView {
  attempt: ExamAttemptEntity;
  beforePercent: number | null;
  afterPercent: number | null;
}

export interface RegradeOutcome {
  /** The attempts whose points changed (the first REGRADE_LIST_LIMIT of them). */
  changed: RegradedAttemptView[];
  changedCount: number;
  /** Attempts regraded with the new version whose points stayed the same. */
  unchanged: number;
  /** Attempts still in progress: they keep the version they drew and are graded with it at submit. */
  inProgress: number;
  /** The database's clock when the regrade began. */
  serverNow: Date;
}

/**
 * After a trainer corrects a question (which makes a new version), the submitted attempts that drew an older
 * version are graded again with the current one. Grades a trainer gave by hand are kept.
 */
@Injectable()
export class ExamRegradeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly exams: ExamService,
  ) {}

  async regradeExam(actor: Actor, examId: string, questionId: string): Promise<RegradeOutcome> {
    const { exam, access } = await this.exams.withAccess(this.dataSource.manager, actor, examId);
    assertCanEditExam(actor, access);
    const [question]: Array<{ version_id: string; type: QuestionType; content: QuestionContent }> = isUuid(questionId)
      ? await this.dataSource.query(
          `SELECT v.id AS version_id, v.type, v.content FROM question q JOIN question_version v ON v.id = q.current_version_id
            WHERE q.id = $1 AND q.bank_id = $2`,
          [questionId, exam.bankId],
        )
      : [];
    if (!question) throw DomainError.badInput('questionId', 'examRegrade.questionNotInExam', { id: questionId });

    const holdsOlder = `exam_id = $1 AND slots @> jsonb_build_array(jsonb_build_object('questionId', $2::text))
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(slots) s WHERE s->>'questionId' = $2::text AND s->>'versionId' <> $3::text)`;
    const [{ count: inProgress, now }]: Array<{ count: number; now: Date }> = await this.dataSource.query(
      `SELECT count(*)::int AS count, now() AS now FROM exam_attempt WHERE ${holdsOlder} AND state = 'IN_PROGRESS'`,
      [exam.id, questionId, question.version_id],
    );
    const outcome: RegradeOutcome = { changed: [], changedCount: 0, unchanged: 0, inProgress, serverNow: now };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const done = await this.dataSource.transaction(async (manager) => {
        const ids: Array<{ id: string }> = await manager.query(
          `SELECT id FROM exam_attempt WHERE ${holdsOlder} AND state <> 'IN_PROGRESS' AND id > $4 ORDER BY id LIMIT ${REGRADE_BATCH} FOR UPDATE`,
          [exam.id, questionId, question.version_id, after],
        );
        const attempts = ids.length === 0 ? [] : await manager.find(ExamAttemptEntity, { where: { id: In(ids.map((row) => row.id)) }, order: { id: 'ASC' } });
        if (attempts.length === 0) return true;
        const answers: Array<{ attempt_id: string; slot: number; response: AnswerResponse }> = await manager.query(
          'SELECT attempt_id, slot, response FROM attempt_answer WHERE attempt_id = ANY($1::uuid[])',
          [attempts.map((attempt) => attempt.id)],
        );
        const responseOf = new Map(answers.map((row) => [`${row.attempt_id}/${row.slot}`, row.response]));
        for (const attempt of attempts) {
          const slots = attempt.slots.map((slot): AttemptSlot => (slot.questionId === questionId ? { ...slot, versionId: question.version_id, type: question.type } : slot));
          const results = slots.map((slot) => {
            const kept = (attempt.results ?? []).find((result) => result.slot === slot.slot);
            if (slot.questionId !== questionId || kept?.manual) return kept as SlotResult;
            return gradeSlot(slot, question.content, responseOf.get(`${attempt.id}/${slot.slot}`) ?? null);
          });
          const beforePercent = attempt.scorePercent;
          await manager.query('UPDATE exam_attempt SET slots = $2 WHERE id = $1', [attempt.id, JSON.stringify(slots)]);
          const saved = await saveGrade(manager, Object.assign(new ExamAttemptEntity(), attempt, { slots }), results.filter((result) => result !== undefined), exam.passPercent);
          if (pointsChanged(attempt.results ?? [], results, questionId, slots) || saved.state !== attempt.state) {
            outcome.changedCount += 1;
            if (outcome.changed.length < REGRADE_LIST_LIMIT) outcome.changed.push({ attempt: saved, beforePercent, afterPercent: saved.scorePercent });
          } else {
            outcome.unchanged += 1;
          }
        }
        after = attempts[attempts.length - 1]?.id ?? after;
        return attempts.length < REGRADE_BATCH;
      });
      if (done) return outcome;
    }
  }
}

/** Whether any slot of the question now has other points than before (to a millionth of a point). */
function pointsChanged(before: readonly SlotResult[], after: ReadonlyArray<SlotResult | undefined>, questionId: string, slots: readonly AttemptSlot[]): boolean {
  return slots
    .filter((slot) => slot.questionId === questionId)
    .some((slot) => {
      const was = before.find((result) => result.slot === slot.slot)?.points ?? null;
      const is = after.find((result) => result?.slot === slot.slot)?.points ?? null;
      return was === null || is === null ? was !== is : Math.abs(was - is) > 1e-6;
    });
}
