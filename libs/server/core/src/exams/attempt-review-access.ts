import { canManageOrgPath } from '../access/access-policy';
import { type Actor, managedPaths } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { canUseQuestionBank, type QuestionBankRole } from '../question-bank/question-bank-access';

/**
 * Who may review, grade, regrade, read the statistics of and watch an exam: the rules of this part of the
 * exam engine, in one place.
 */

/** The exam's editors: whoever may use its question bank (its owner, co-authors and administrators). */
export function editsExam(actor: Actor, bankRole: QuestionBankRole | null): boolean {
  return canUseQuestionBank(actor, bankRole);
}

/** Grading, regrading, the grading queue, the list of attempts and the statistics are for the exam's editors. */
export function assertEditsExam(actor: Actor, bankRole: QuestionBankRole | null): void {
  if (!editsExam(actor, bankRole)) throw DomainError.forbidden('examReview.editorsOnly');
}

export interface AttemptViewer {
  takerId: string;
  /** Materialised path of the org unit the taker was in when the attempt started. */
  takerOrgPath: string | null;
  editsExam: boolean;
}

/**
 * A submitted attempt is seen by its taker, the exam's editors, and the managers of the taker's unit
 * (read-only; they see what the review policy lets the taker see, so they cannot pass answers on).
 */
export function canSeeAttempt(actor: Actor, viewer: AttemptViewer): boolean {
  if (viewer.editsExam || actor.userId === viewer.takerId) return true;
  return canManageOrgPath(actor, viewer.takerOrgPath);
}

export function assertCanSeeAttempt(actor: Actor, viewer: AttemptViewer): void {
  if (!canSeeAttempt(actor, viewer)) throw DomainError.forbidden('examReview.notYourAttempt');
}

/**
 * The part of the org tree whose takers the actor watches on exam day: everything for the exam's editors,
 * their managed subtrees for unit managers, nothing for anyone else.
 */
export type ExamDayScope = { kind: 'ALL' } | { kind: 'SUBTREES'; paths: string[] };

export function examDayScope(actor: Actor, bankRole: QuestionBankRole | null): ExamDayScope {
  if (editsExam(actor, bankRole)) return { kind: 'ALL' };
  const paths = managedPaths(actor);
  if (paths.length === 0) throw DomainError.forbidden('examDay.forbidden');
  return { kind: 'SUBTREES', paths };
}

/** Bulk deadline extensions change the exam's conditions: its editors decide them (managers only watch). */
export function assertCanExtendDeadlines(actor: Actor, bankRole: QuestionBankRole | null): void {
  assertEditsExam(actor, bankRole);
}
