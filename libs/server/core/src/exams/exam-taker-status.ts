import type { DataSource, EntityManager } from 'typeorm';
import { examWindowRefusal } from './exam-access';
import { type EffectiveExamSettings, loadEffectiveSettingsOf } from './exam-effective-settings';
import { gradeByMethod, passed as passesMark } from './grading/exam-grade';
import type { AttemptState } from './exam-settings';
import type { ExamEntity } from './exam.entity';
import { attemptsCountedFromOf, countedAttempts } from './retake-attempts';

/** One of the learner's attempts, as their standing at an exam needs it. */
export interface AttemptSummary {
  id: string;
  number: number;
  state: AttemptState;
  startedAt: Date;
  submittedAt: Date | null;
  scorePercent: number | null;
}

/** Where one learner stands at one exam: what they may do next and how they did. */
export interface ExamTakerStatus {
  settings: EffectiveExamSettings;
  attemptsStarted: number;
  inProgressAttemptId: string | null;
  /** Null: unlimited. */
  attemptsLeft: number | null;
  /** When the delay after their last attempt ends, while it has not. */
  nextAttemptAt: Date | null;
  /** The exam grade by its grading method over their graded attempts; null before one is graded. */
  gradePercent: number | null;
  passed: boolean | null;
  /** Whether starting (or resuming the attempt in progress) would succeed now. */
  canStartOrResume: boolean;
}

type ExamForStatus = Pick<ExamEntity, 'id' | 'maxAttempts' | 'opensAt' | 'closesAt' | 'attemptDelaySeconds' | 'gradingMethod' | 'passPercent'>;

/**
 * `countedFrom`: the start of a retake that needs this exam passed again (retake-attempts.ts); the attempts left and
 * the grade then count only the attempts started since.
 */
export function takerStatusOf(
  exam: ExamForStatus,
  settings: EffectiveExamSettings,
  allAttempts: readonly AttemptSummary[],
  now: Date,
  countedFrom: Date | null = null,
): ExamTakerStatus {
  const attempts = countedAttempts(allAttempts, (attempt) => attempt.startedAt, countedFrom);
  const inProgress = allAttempts.find((attempt) => attempt.state === 'IN_PROGRESS') ?? null;
  const attemptsLeft = settings.maxAttempts === null ? null : Math.max(0, settings.maxAttempts - attempts.length);
  const last = allAttempts.reduce<AttemptSummary | null>((latest, attempt) => (latest === null || attempt.number > latest.number ? attempt : latest), null);
  const delayEnds = last?.submittedAt && exam.attemptDelaySeconds > 0 ? new Date(last.submittedAt.getTime() + exam.attemptDelaySeconds * 1000) : null;
  const nextAttemptAt = !inProgress && delayEnds && delayEnds > now ? delayEnds : null;
  const gradePercent = gradeByMethod(
    attempts.filter((attempt) => attempt.state === 'GRADED').map((attempt) => ({ startedAt: attempt.startedAt, percent: attempt.scorePercent })),
    exam.gradingMethod,
  );
  return {
    settings,
    attemptsStarted: attempts.length,
    inProgressAttemptId: inProgress?.id ?? null,
    attemptsLeft,
    nextAttemptAt,
    gradePercent,
    passed: gradePercent === null ? null : passesMark(gradePercent, exam.passPercent),
    canStartOrResume: inProgress !== null || (examWindowRefusal(settings, now) === null && attemptsLeft !== 0 && nextAttemptAt === null),
  };
}

/** The learner's standing at each of these exams, in four queries however many exams. */
export async function loadTakerStatuses(
  db: DataSource | EntityManager,
  userId: string,
  exams: readonly ExamForStatus[],
  now = new Date(),
): Promise<Map<string, ExamTakerStatus>> {
  if (exams.length === 0) return new Map();
  const [settings, countedFrom] = await Promise.all([loadEffectiveSettingsOf(db, exams, userId), attemptsCountedFromOf(db, userId, exams.map((exam) => exam.id))]);
  const rows: Array<{ id: string; exam_id: string; number: number; state: AttemptState; started_at: Date; submitted_at: Date | null; score_percent: number | null }> =
    await db.query(
      `SELECT id, exam_id, number, state, started_at, submitted_at, score_percent
         FROM exam_attempt WHERE user_id = $1 AND exam_id = ANY($2::uuid[]) ORDER BY exam_id, number`,
      [userId, exams.map((exam) => exam.id)],
    );
  return new Map(
    exams.map((exam) => [
      exam.id,
      takerStatusOf(
        exam,
        settings.get(exam.id) as EffectiveExamSettings,
        rows
          .filter((row) => row.exam_id === exam.id)
          .map((row) => ({ id: row.id, number: row.number, state: row.state, startedAt: row.started_at, submittedAt: row.submitted_at, scorePercent: row.score_percent })),
        now,
        countedFrom.get(exam.id) ?? null,
      ),
    ]),
  );
}
