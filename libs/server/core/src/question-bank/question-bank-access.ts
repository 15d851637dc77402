import { type Actor, hasRole, isAdmin } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { QuestionBankEntity } from './question-bank.entity';

/** Who may do what with question banks: the one place these rules are written. */

export type QuestionBankRole = 'OWNER' | 'CO_AUTHOR';

/** Everything one can do to a bank; `allowedQuestionBankActions` lists those a caller may do. */
export const QUESTION_BANK_ACTIONS = ['EDIT', 'RENAME', 'SHARE', 'LEAVE'] as const;
export type QuestionBankAction = (typeof QUESTION_BANK_ACTIONS)[number];

/** A bank with what the caller may do to it. */
export interface QuestionBankView {
  bank: QuestionBankEntity;
  allowedActions: QuestionBankAction[];
}

/** Who may create banks: trainers and administrators. */
export function assertCanCreateQuestionBank(actor: Actor): void {
  if (!hasRole(actor, 'TRAINER') && !isAdmin(actor)) {
    throw DomainError.forbidden('questionBank.createForbidden');
  }
}

/** The owner, co-authors and administrators may read, import into, edit, rename and export a bank (and see its files). */
export function canUseQuestionBank(actor: Actor, role: QuestionBankRole | null): boolean {
  return role !== null || isAdmin(actor);
}

export function assertCanUseQuestionBank(actor: Actor, role: QuestionBankRole | null): void {
  if (!canUseQuestionBank(actor, role)) {
    throw DomainError.forbidden('questionBank.belongsToAnother');
  }
}

/** Only the owner (or an administrator) shares a bank or removes a co-author. */
export function canShareQuestionBank(actor: Actor, role: QuestionBankRole | null): boolean {
  return role === 'OWNER' || isAdmin(actor);
}

export function assertCanShareQuestionBank(actor: Actor, role: QuestionBankRole | null): void {
  if (!canShareQuestionBank(actor, role)) {
    throw DomainError.forbidden('questionBank.ownerOnlyShares');
  }
}

/** A co-author may leave a bank (remove themselves); its owner cannot. */
export function canLeaveQuestionBank(role: QuestionBankRole | null): boolean {
  return role === 'CO_AUTHOR';
}

/** Every action the actor may do to a bank in which they have this role, in the order of QUESTION_BANK_ACTIONS. */
export function allowedQuestionBankActions(actor: Actor, role: QuestionBankRole | null): QuestionBankAction[] {
  const may: Record<QuestionBankAction, boolean> = {
    EDIT: canUseQuestionBank(actor, role),
    RENAME: canUseQuestionBank(actor, role),
    SHARE: canShareQuestionBank(actor, role),
    LEAVE: canLeaveQuestionBank(role),
  };
  return QUESTION_BANK_ACTIONS.filter((action) => may[action]);
}

export function questionBankViewFor(actor: Actor, bank: QuestionBankEntity, role: QuestionBankRole | null): QuestionBankView {
  return { bank, allowedActions: allowedQuestionBankActions(actor, role) };
}
