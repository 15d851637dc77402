import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';
import type { ExamRuleEntity } from './exam-rule.entity';
import { DRAWABLE_QUESTION_SQL } from './exam-rule-check';
import { ruleDrawOrder } from './exam-rule-pools';

export interface DrawnQuestionRef {
  questionId: string;
  versionId: string;
  /** The rule's points, or null for the question's own default points. */
  points: number | null;
}

/**
 * Draws each rule's questions at random from its category (subcategories included) or the whole bank, never
 * one twice across rules, preferring those the learner has not seen in an earlier attempt (they come last,
 * so they are drawn only when the pool runs short). Rules draw in `ruleDrawOrder` (a subcategory's rule
 * before its parent's: the order in which the exam's counts were checked), and their questions are returned
 * in the rules' own order. One indexed query per rule, without locks.
 */
export async function drawAttemptQuestions(
  manager: EntityManager,
  bankId: string,
  rules: readonly ExamRuleEntity[],
  seenQuestionIds: readonly string[],
): Promise<DrawnQuestionRef[]> {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  const categoryIds = ordered.map((rule) => rule.categoryId).filter((id): id is string => id !== null);
  const categories: Array<{ id: string; segments: string[] }> = categoryIds.length
    ? await manager.query('SELECT id, segments FROM question_category WHERE id = ANY($1::uuid[])', [categoryIds])
    : [];
  const segments = ordered.map((rule) => (rule.categoryId === null ? null : (categories.find((category) => category.id === rule.categoryId)?.segments ?? [])));
  const byRule: DrawnQuestionRef[][] = ordered.map(() => []);
  const taken: string[] = [];
  for (const index of ruleDrawOrder(segments.map((path) => ({ segments: path })))) {
    const rule = ordered[index] as ExamRuleEntity;
    const rows: Array<{ id: string; version_id: string }> = await manager.query(
      `SELECT q.id, q.current_version_id AS version_id
         FROM question q JOIN question_category c ON c.id = q.category_id
        WHERE q.bank_id = $1 AND ${DRAWABLE_QUESTION_SQL}
          AND ($2::text[] IS NULL OR c.segments[1:cardinality($2::text[])] = $2::text[])
          AND q.id <> ALL($3::uuid[])
        ORDER BY q.id = ANY($4::uuid[]), random()
        LIMIT $5`,
      [bankId, segments[index], taken, seenQuestionIds, rule.count],
    );
    if (rows.length < rule.count) {
      throw DomainError.conflict('exam.notEnoughQuestions', 'examId', { rule: index + 1, asked: rule.count, available: rows.length });
    }
    byRule[index] = rows.map((row) => ({ questionId: row.id, versionId: row.version_id, points: rule.points }));
    taken.push(...rows.map((row) => row.id));
  }
  return byRule.flat();
}
