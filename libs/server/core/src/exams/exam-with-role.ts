import { isUuid } from '@hocso/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import type { QuestionBankRole } from '../question-bank/question-bank-access';
import { ExamEntity } from './exam.entity';

/** An exam and what the actor is to its question bank (which decides whether they edit the exam). */
export interface ExamWithRole {
  exam: ExamEntity;
  bankRole: QuestionBankRole | null;
}

/** SQL: the role the user `userParam` has on the bank `bankColumn` ('OWNER', 'CO_AUTHOR' or NULL). */
export function bankRoleSql(bankColumn: string, userParam: string): string {
  return `(SELECT CASE WHEN b.owner_id = ${userParam}::uuid THEN 'OWNER'
                       WHEN EXISTS (SELECT 1 FROM question_bank_member m WHERE m.bank_id = b.id AND m.user_id = ${userParam}::uuid) THEN 'CO_AUTHOR'
                  END
             FROM question_bank b WHERE b.id = ${bankColumn})`;
}

/** The exam with the actor's role on its bank; NOT_FOUND for an unknown (or malformed) id. */
export async function findExamWithRole(db: DataSource | EntityManager, actor: Actor, examId: string): Promise<ExamWithRole> {
  if (!isUuid(examId)) throw DomainError.notFound('exam.notFound', examId);
  const manager = 'manager' in db ? db.manager : db;
  const exam = await manager.findOne(ExamEntity, { where: { id: examId } });
  if (!exam) throw DomainError.notFound('exam.notFound', examId);
  const [{ role }]: Array<{ role: QuestionBankRole | null }> = await manager.query(`SELECT ${bankRoleSql('$1', '$2')} AS role`, [exam.bankId, actor.userId]);
  return { exam, bankRole: role };
}
