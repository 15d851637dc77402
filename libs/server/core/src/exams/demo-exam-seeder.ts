import { Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';
import type { DemoExamSeed } from '../seed/demo-exams';
import { findAccountByEmail } from '../users/find-account-by-email';
import { examSettingsOf } from './exam-input-rules';
import { assertRulesCanBeDrawn, resolveExamRules } from './exam-rule-check';
import { insertExam } from './exam-writer';

/**
 * Creates each demo exam its owner's demo bank does not have yet (keyed by bank and title), with the checks of
 * a trainer's createExam. A bank that cannot supply the rules (an older demo bank, edited since) gets no exam.
 */
export async function seedDemoExams(manager: EntityManager, exams: DemoExamSeed[], ownerEmail: string): Promise<number> {
  const owner = await findAccountByEmail(manager, ownerEmail);
  if (!owner) return 0;
  let created = 0;
  for (const seed of exams) {
    const [bank]: Array<{ id: string }> = await manager.query('SELECT id FROM question_bank WHERE owner_id = $1 AND title = $2', [owner.id, seed.bankTitle.normalize('NFC')]);
    if (!bank) continue;
    const settings = examSettingsOf({ ...seed, bankId: bank.id, shuffleQuestions: true, shuffleOptions: true });
    const [existing]: unknown[] = await manager.query('SELECT 1 FROM exam WHERE bank_id = $1 AND title = $2', [bank.id, settings.title]);
    if (existing) continue;
    const rules = await resolveExamRules(manager, bank.id, seed.rules);
    try {
      assertRulesCanBeDrawn(rules);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      new Logger('Seed').warn(`Demo exam "${settings.title}" not seeded: ${error.messageIn('en')}`);
      continue;
    }
    await insertExam(manager, bank.id, settings, rules, owner.id);
    created += 1;
  }
  return created;
}
