import { type Actor, hasRole, isAdmin } from '../access/actor';
import { DomainError } from '../errors/domain.error';

export type QuestionBankRole = 'OWNER' | 'CO_AUTHOR';

/** Who may create banks: trainers and administrators. */
export function assertCanCreateQuestionBank(actor: Actor): void {
  if (!hasRole(actor, 'TRAINER') && !isAdmin(actor)) {
    throw DomainError.forbidden('questionBank.createForbidden');
  }
}

/** The owner, co-authors and administrators may read, import into, edit and export a bank (and see its files). */
export function canUseQuestionBank(actor: Actor, role: QuestionBankRole | null): boolean {
  return role !== null || isAdmin(actor);
}

export function assertCanUseQuestionBank(actor: Actor, role: QuestionBankRole | null): void {
  if (!canUseQuestionBank(actor, role)) {
    throw DomainError.forbidden('questionBank.belongsToAnother');
  }
}

/** Only the owner (or an administrator) shares a bank or removes a co-author. */
export function assertCanShareQuestionBank(actor: Actor, role: QuestionBankRole | null): void {
  if (role !== 'OWNER' && !isAdmin(actor)) {
    throw DomainError.forbidden('questionBank.ownerOnlyShares');
  }
}
