import type { DataSource } from 'typeorm';
import type { QuestionDraft } from '../../question-bank/question-draft';
import type { QuestionRecord } from '../../question-bank/question-record';
import { QuestionWriter } from '../../question-bank/question-writer';
import type { AnswerResponse } from '../answer-response';
import type { AttemptSlot, SlotResult } from '../attempt-slot';
import type { AttemptState, GradingMethod, ReviewPolicy } from '../exam-settings';
import { DEFAULT_REVIEW_POLICY } from '../exam-settings';

/** A question for a test bank: the draft fields that matter, the rest defaulted as an import makes them. */
export function testQuestion(draft: Partial<QuestionDraft> & Pick<QuestionDraft, 'type' | 'prompt'>): QuestionDraft {
  return {
    promptFormat: 'html',
    tags: [],
    options: [],
    numericAnswers: [],
    matchPairs: [],
    defaultPoints: draft.type === 'DESCRIPTION' ? 0 : 1,
    line: 0,
    ...draft,
  };
}

/** A bank owned by `ownerId` holding these questions (version 1 of each), in this order. */
export async function createTestBank(dataSource: DataSource, ownerId: string, drafts: readonly QuestionDraft[]): Promise<{ bankId: string; questions: QuestionRecord[] }> {
  const [{ id: bankId }]: Array<{ id: string }> = await dataSource.query(`INSERT INTO question_bank (title, owner_id) VALUES ('Ngân hàng thi thử', $1) RETURNING id`, [ownerId]);
  const questions = await dataSource.transaction((manager) => new QuestionWriter(manager).insertQuestions(bankId, ownerId, drafts));
  return { bankId, questions };
}

export interface ExamRowOptions {
  bankId: string;
  createdById: string;
  questionCount: number;
  title?: string;
  reviewPolicy?: ReviewPolicy;
  passPercent?: number;
  gradingMethod?: GradingMethod;
  opensAt?: Date | null;
  closesAt?: Date | null;
  timeLimitSeconds?: number | null;
  graceSeconds?: number;
  openToAll?: boolean;
}

/** An exam row with one whole-bank rule, as the exam editor would save it. */
export async function insertExamRow(dataSource: DataSource, options: ExamRowOptions): Promise<string> {
  const [{ id }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO exam (bank_id, title, review_policy, pass_percent, grading_method, opens_at, closes_at, time_limit_seconds, grace_seconds, open_to_all, question_count, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [
      options.bankId,
      options.title ?? 'Bài thi thử',
      JSON.stringify(options.reviewPolicy ?? DEFAULT_REVIEW_POLICY),
      options.passPercent ?? 50,
      options.gradingMethod ?? 'HIGHEST',
      options.opensAt ?? null,
      options.closesAt ?? null,
      options.timeLimitSeconds ?? null,
      options.graceSeconds ?? 0,
      options.openToAll ?? false,
      options.questionCount,
      options.createdById,
    ],
  );
  await dataSource.query('INSERT INTO exam_rule (exam_id, position, category_id, count) VALUES ($1, 1, NULL, $2)', [id, options.questionCount]);
  return id;
}

/** The slots of an attempt that drew these questions in this order, each worth `points` (default: its own). */
export function slotsOf(questions: readonly QuestionRecord[], points?: number): AttemptSlot[] {
  return questions.map((question, index) => ({
    slot: index + 1,
    questionId: question.id,
    versionId: question.versionId,
    type: question.type,
    maxPoints: points ?? question.content.defaultPoints,
    ...(question.content.options.length > 0 ? { optionOrder: question.content.options.map((option) => option.id) } : {}),
    ...(question.type === 'MATCHING' ? { matchChoices: question.content.matchPairs.map((pair) => pair.answer) } : {}),
  }));
}

export interface AttemptRowOptions {
  examId: string;
  userId: string;
  slots: AttemptSlot[];
  number?: number;
  state?: AttemptState;
  orgUnitId?: string | null;
  startedAt?: Date;
  deadline?: Date | null;
  acceptsUntil?: Date | null;
  submittedAt?: Date | null;
  /** Saved answers by slot. */
  answers?: Record<number, AnswerResponse>;
  /** When every slot has saved at: one time for all the answers. */
  savedAt?: Date;
  results?: SlotResult[] | null;
  passPercent?: number;
}

/**
 * An attempt row as start, saves and submit leave it, written directly. Graded attempts get their totals
 * from `results` (score, percent, passed at `passPercent`, 50 by default); NEEDS_GRADING ones get none.
 */
export async function insertAttemptRow(dataSource: DataSource, options: AttemptRowOptions): Promise<string> {
  const state = options.state ?? 'GRADED';
  const startedAt = options.startedAt ?? new Date(Date.now() - 60 * 60 * 1000);
  const submittedAt = state === 'IN_PROGRESS' ? null : (options.submittedAt ?? new Date(startedAt.getTime() + 30 * 60 * 1000));
  const maxPoints = options.slots.reduce((sum, slot) => sum + slot.maxPoints, 0);
  const results = options.results ?? null;
  const graded = state === 'GRADED' && results !== null;
  const scorePoints = graded ? results.reduce((sum, result) => sum + (result.points ?? 0), 0) : null;
  const scorePercent = graded && scorePoints !== null ? (maxPoints > 0 ? (scorePoints / maxPoints) * 100 : 0) : null;
  const passed = scorePercent === null ? null : scorePercent >= (options.passPercent ?? 50);
  const [{ id }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO exam_attempt (exam_id, user_id, number, state, org_unit_id, started_at, deadline, accepts_until, submitted_at, slots, results,
                               score_points, max_points, score_percent, passed, graded_at)
     VALUES ($1, $2, $3, $4::varchar, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CASE WHEN $4::varchar = 'GRADED' THEN $9::timestamptz END) RETURNING id`,
    [
      options.examId,
      options.userId,
      options.number ?? 1,
      state,
      options.orgUnitId ?? null,
      startedAt,
      options.deadline ?? null,
      options.acceptsUntil ?? options.deadline ?? null,
      submittedAt,
      JSON.stringify(options.slots),
      results === null ? null : JSON.stringify(results),
      scorePoints,
      maxPoints,
      scorePercent,
      passed,
    ],
  );
  for (const [slot, response] of Object.entries(options.answers ?? {})) {
    await dataSource.query('INSERT INTO attempt_answer (attempt_id, slot, client_seq, response, saved_at) VALUES ($1, $2, 1, $3, $4)', [
      id,
      Number(slot),
      JSON.stringify(response),
      options.savedAt ?? new Date(startedAt.getTime() + 60 * 1000),
    ]);
  }
  return id;
}

/** A graded slot result: `fraction` of `maxPoints`, the outcome following from it. */
export function resultOf(slot: number, fraction: number | null, maxPoints: number): SlotResult {
  if (fraction === null) return { slot, fraction: null, points: null, outcome: 'NEEDS_GRADING' };
  const outcome = fraction >= 1 ? 'CORRECT' : fraction > 0 ? 'PARTIAL' : 'WRONG';
  return { slot, fraction, points: fraction * maxPoints, outcome };
}

/**
 * A published course version whose one module holds an EXAM lesson of this exam, and these learners enrolled in
 * it (as the course editor and `enroll` would leave them). Returns the course and lesson ids.
 */
export async function enrollInExamCourse(dataSource: DataSource, examId: string, learnerIds: readonly string[], status = 'ACTIVE'): Promise<{ courseId: string; lessonId: string }> {
  const [{ id: courseId }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO course (code, title, summary, status, hours) VALUES ('EX-' || substr(md5(random()::text), 1, 8), 'Khóa có bài thi', 'Tóm tắt', 'PUBLISHED', 1) RETURNING id`,
  );
  const [{ id: lessonId }]: Array<{ id: string }> = await dataSource.query('SELECT gen_random_uuid() AS id');
  const lesson = { id: lessonId, title: 'Bài thi cuối khóa', kind: 'EXAM', position: 1, body: null, videoUrl: null, transcript: null, fileId: null, file: null, examId, required: true };
  const snapshot = { modules: [{ id: courseId, title: 'Chương 1', position: 1, lessons: [lesson] }] };
  const [{ id: versionId }]: Array<{ id: string }> = await dataSource.query(
    'INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids) VALUES ($1, 1, $2, $3, $3) RETURNING id',
    [courseId, JSON.stringify(snapshot), [lessonId]],
  );
  await dataSource.query('UPDATE course SET live_version_id = $2 WHERE id = $1', [courseId, versionId]);
  for (const userId of learnerIds) {
    await dataSource.query('INSERT INTO enrollment (user_id, course_id, course_version_id, status) VALUES ($1, $2, $3, $4)', [userId, courseId, versionId, status]);
  }
  return { courseId, lessonId };
}
