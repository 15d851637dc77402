import type { EntityManager } from 'typeorm';
import type { DemoQuestionBankSeed } from '../seed/demo-question-banks';
import { findAccountByEmail } from '../users/find-account-by-email';
import { parseQuestions } from './formats/parse-questions';
import { QuestionWriter } from './question-writer';

/**
 * Imports each demo bank that its owner does not have yet (keyed by owner and title), through the same
 * GIFT parser and writer as a trainer's import. Nothing is seeded without the owner's account.
 */
export async function seedDemoQuestionBanks(manager: EntityManager, banks: DemoQuestionBankSeed[], ownerEmail: string): Promise<number> {
  const owner = await findAccountByEmail(manager, ownerEmail);
  if (!owner) return 0;
  let created = 0;
  for (const bank of banks) {
    const title = bank.title.normalize('NFC');
    const [existing]: unknown[] = await manager.query('SELECT 1 FROM question_bank WHERE owner_id = $1 AND title = $2', [owner.id, title]);
    if (existing) continue;
    const parsed = parseQuestions('GIFT', bank.gift);
    if (parsed.errors.length > 0) {
      throw new Error(`Demo bank "${title}" does not parse: ${parsed.errors.map((e) => `line ${e.line}: ${e.message}`).join('; ')}`);
    }
    const [{ id }]: Array<{ id: string }> = await manager.query(
      'INSERT INTO question_bank (title, owner_id) VALUES ($1, $2) RETURNING id',
      [title, owner.id],
    );
    await new QuestionWriter(manager).insertQuestions(id, owner.id, parsed.questions, parsed.categories);
    created += 1;
  }
  return created;
}
