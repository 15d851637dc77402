import { isUuid } from '@hocso/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { canManageOrgPath } from '../access/access-policy';
import { type Actor, managedPaths } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { canUseQuestionBank, type QuestionBankRole } from '../question-bank/question-bank-access';
import { canEditMembership } from '../users/user-access';

/** Who may do what with exams: the one place these rules are written. */

export const EXAM_ACTIONS = ['EDIT', 'TAKE', 'VIEW_ATTEMPTS', 'GRADE', 'MONITOR'] as const;
export type ExamAction = (typeof EXAM_ACTIONS)[number];

/** What the rules need to know about one actor and one exam; read with loadExamAccess. */
export interface ExamAccess {
  /** The actor's role on the exam's question bank. */
  bankRole: QuestionBankRole | null;
  /** A public exam ("Thi trực tuyến"): any signed-in account may take it. */
  openToAll: boolean;
  /** The actor has an ACTIVE or COMPLETED enrollment on a course version with an EXAM lesson of this exam. */
  enrolled: boolean;
}

/** Whoever may use the exam's bank (its owner, co-authors, administrators) edits the exam, grades it and sets its overrides. */
export function canEditExam(actor: Actor, access: ExamAccess): boolean {
  return canUseQuestionBank(actor, access.bankRole);
}

export function assertCanEditExam(actor: Actor, access: ExamAccess): void {
  if (!canEditExam(actor, access)) throw DomainError.forbidden('exam.editorsOnly');
}

export function assertCanSetExamOverrides(actor: Actor, access: ExamAccess): void {
  if (!canEditExam(actor, access)) throw DomainError.forbidden('exam.overrideForbidden');
}

/** Any signed-in account may take a public exam; any other exam is for the learners of a course that includes it. */
export function mayTakeExam(access: ExamAccess): boolean {
  return access.openToAll || access.enrolled;
}

/** Editors, and unit managers for the takers of their subtree (read-only: the exam-day page and the attempts). */
export function canMonitorExam(actor: Actor, access: ExamAccess): boolean {
  return canEditExam(actor, access) || managedPaths(actor).length > 0;
}

export function assertCanMonitorExam(actor: Actor, access: ExamAccess): void {
  if (!canMonitorExam(actor, access)) throw DomainError.forbidden('exam.monitorForbidden');
}

/** The exam's settings and rules are seen by its editors, its takers and those who monitor it. */
export function canViewExam(actor: Actor, access: ExamAccess): boolean {
  return canMonitorExam(actor, access) || mayTakeExam(access);
}

export function assertCanViewExam(actor: Actor, access: ExamAccess): void {
  if (!canViewExam(actor, access)) throw DomainError.forbidden('exam.viewForbidden');
}

/**
 * Whose attempts the actor may list: every one for editors, the takers of their subtrees for unit managers
 * (org unit paths, matched as prefixes of the unit the attempt started in), none otherwise.
 */
export function examAttemptsScope(actor: Actor, access: ExamAccess): 'ALL' | string[] {
  if (canEditExam(actor, access)) return 'ALL';
  return managedPaths(actor);
}

/** An attempt is seen by its taker, the exam's editors, and the managers of the unit it was taken in. */
export function canSeeAttempt(actor: Actor, access: ExamAccess, attempt: { userId: string; orgUnitPath: string | null }): boolean {
  if (attempt.userId === actor.userId || canEditExam(actor, access)) return true;
  return managedPaths(actor).length > 0 && canManageOrgPath(actor, attempt.orgUnitPath);
}

/** Whether the exam accepts a new attempt at `now` in this window, as a refusal to throw when not. */
export function examWindowRefusal(window: { opensAt: Date | null; closesAt: Date | null }, now: Date): DomainError | null {
  if (window.opensAt && now < window.opensAt) return DomainError.conflict('exam.notOpenYet', 'examId', { opensAt: window.opensAt.toISOString() });
  if (window.closesAt && now >= window.closesAt) return DomainError.conflict('exam.closed', 'examId', { closesAt: window.closesAt.toISOString() });
  return null;
}

/**
 * Refuses a learner who may not take the exam (FORBIDDEN), or whose window (the exam's, or their override's)
 * is not open at `now` (CONFLICT, with the time it opens or closed).
 */
export function assertCanTakeExam(access: ExamAccess, window: { opensAt: Date | null; closesAt: Date | null }, now: Date): void {
  if (!mayTakeExam(access)) throw DomainError.forbidden('exam.takeForbidden');
  const refusal = examWindowRefusal(window, now);
  if (refusal) throw refusal;
}

/**
 * Every action the actor may do with the exam now, in the order of EXAM_ACTIONS. TAKE needs the taker's
 * situation: `canStartOrResume` is true when they have an attempt in progress, or may start one now (window
 * open, attempts left, no delay to wait).
 */
export function examAllowedActions(actor: Actor, access: ExamAccess, taker: { canStartOrResume: boolean }): ExamAction[] {
  const allowed: Record<ExamAction, boolean> = {
    EDIT: canEditExam(actor, access),
    TAKE: mayTakeExam(access) && taker.canStartOrResume,
    VIEW_ATTEMPTS: canMonitorExam(actor, access),
    GRADE: canEditExam(actor, access),
    MONITOR: canMonitorExam(actor, access),
  };
  return EXAM_ACTIONS.filter((action) => allowed[action]);
}

/**
 * A learner's standing accommodation is set by whoever manages their membership: administrators, and unit
 * managers for the people of their subtree.
 */
export function assertCanSetAccommodation(actor: Actor, learnerOrgUnitPath: string | null): void {
  if (!canEditMembership(actor, learnerOrgUnitPath)) throw DomainError.forbidden('exam.accommodationForbidden');
}

/**
 * An EXAM lesson may show an exam its course's editor may edit (may use its bank): a course author cannot
 * put another trainer's exam in front of their learners. BAD_USER_INPUT when there is no such exam.
 */
export async function assertCanUseExamInLesson(manager: EntityManager, actor: Actor, examId: string): Promise<void> {
  const [exam]: Array<{ id: string; bank_id: string; open_to_all: boolean }> = isUuid(examId)
    ? await manager.query('SELECT id, bank_id, open_to_all FROM exam WHERE id = $1', [examId])
    : [];
  if (!exam) throw DomainError.badInput('examId', 'exam.notFound', { id: examId });
  const access = await loadOneExamAccess(manager, actor, { id: exam.id, bankId: exam.bank_id, openToAll: exam.open_to_all });
  if (!canEditExam(actor, access)) throw DomainError.forbidden('exam.lessonExamForbidden');
}

/** SQL: the exam ids of the EXAM lessons of a course version's snapshot, as a set of jsonb strings. */
export const EXAM_IDS_OF_SNAPSHOT = (snapshot: string) =>
  `jsonb_path_query(${snapshot}, '$.modules[*].lessons[*] ? (@.kind == "EXAM" && @.examId != null).examId')`;

/**
 * The access facts of the actor for each exam, in two queries at once however many exams: the actor's role on
 * their banks, and the exams their enrollments' course versions include.
 */
export async function loadExamAccess(
  db: DataSource | EntityManager,
  actor: Actor,
  exams: ReadonlyArray<{ id: string; bankId: string; openToAll: boolean }>,
): Promise<Map<string, ExamAccess>> {
  if (exams.length === 0) return new Map();
  const bankIds = [...new Set(exams.map((exam) => exam.bankId))];
  const courseExamIds = exams.filter((exam) => !exam.openToAll).map((exam) => exam.id);
  const [roles, enrolledRows] = await Promise.all([
    db.query(
      `SELECT b.id,
              CASE WHEN b.owner_id = $2 THEN 'OWNER'
                   WHEN EXISTS (SELECT 1 FROM question_bank_member m WHERE m.bank_id = b.id AND m.user_id = $2) THEN 'CO_AUTHOR' END AS role
         FROM question_bank b WHERE b.id = ANY($1::uuid[])`,
      [bankIds, actor.userId],
    ) as Promise<Array<{ id: string; role: QuestionBankRole | null }>>,
    courseExamIds.length === 0
      ? Promise.resolve([])
      : (db.query(
          `SELECT DISTINCT x.exam_id
             FROM enrollment e
             JOIN course_version v ON v.id = e.course_version_id
             CROSS JOIN LATERAL ${EXAM_IDS_OF_SNAPSHOT('v.snapshot')} AS found(value)
             CROSS JOIN LATERAL (SELECT found.value #>> '{}' AS exam_id) x
            WHERE e.user_id = $1 AND e.status IN ('ACTIVE', 'COMPLETED') AND x.exam_id = ANY($2::text[])`,
          [actor.userId, courseExamIds],
        ) as Promise<Array<{ exam_id: string }>>),
  ]);
  const roleByBank = new Map(roles.map((row) => [row.id, row.role]));
  const enrolled = new Set(enrolledRows.map((row) => row.exam_id));
  return new Map(
    exams.map((exam) => [exam.id, { bankRole: roleByBank.get(exam.bankId) ?? null, openToAll: exam.openToAll, enrolled: enrolled.has(exam.id) }]),
  );
}

export async function loadOneExamAccess(
  db: DataSource | EntityManager,
  actor: Actor,
  exam: { id: string; bankId: string; openToAll: boolean },
): Promise<ExamAccess> {
  return (await loadExamAccess(db, actor, [exam])).get(exam.id) as ExamAccess;
}

export function assertCanSeeAttempt(actor: Actor, access: ExamAccess, attempt: { userId: string; orgUnitPath: string | null }): void {
  if (!canSeeAttempt(actor, access, attempt)) throw DomainError.forbidden('examReview.notYourAttempt');
}

/**
 * A unit manager watches an exam's day only when some of its takers are in their subtrees (`takersInScope`
 * counts them); the exam's editors always may.
 */
export function assertConcernedByExamDay(scope: 'ALL' | readonly string[], takersInScope: number): void {
  if (scope !== 'ALL' && takersInScope === 0) throw DomainError.forbidden('examDay.forbidden');
}
