import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';
import { canonicalCategoryPath, categorySegments, ROOT_CATEGORY } from '../question-bank/question-category-path';
import type { ExamRuleCommand } from './exam-input-rules';
import { type RuleAvailability, ruleAvailability } from './exam-rule-pools';

/** A rule with its category found in the bank and the number of questions that category can give an exam. */
export interface ResolvedExamRule {
  /** Null: the whole bank. */
  categoryId: string | null;
  /** The category's path as the bank writes it; null: the whole bank. */
  category: string | null;
  segments: string[] | null;
  count: number;
  points: number | null;
  /** Questions of the category (subcategories included) an attempt may draw: current, not deleted, not DESCRIPTION. */
  usable: number;
  /** False when the bank has no such category. */
  known: boolean;
}

/**
 * Questions an exam draws: the current ones of the bank, without DESCRIPTION items (text between questions,
 * worth no points, which a random draw would make a "question" of). ESSAY questions are drawn and graded by hand.
 */
export const DRAWABLE_QUESTION_SQL = `q.deleted_at IS NULL AND EXISTS (SELECT 1 FROM question_version v WHERE v.id = q.current_version_id AND v.type <> 'DESCRIPTION')`;

/** Finds each rule's category in the bank and counts what it can draw, in three queries however many rules. */
export async function resolveExamRules(db: DataSource | EntityManager, bankId: string, rules: readonly ExamRuleCommand[]): Promise<ResolvedExamRule[]> {
  const paths = rules.map((rule) => {
    const path = canonicalCategoryPath(rule.category);
    return path === ROOT_CATEGORY ? null : path;
  });
  const named = [...new Set(paths.filter((path): path is string => path !== null))];
  const categories: Array<{ id: string; path: string; segments: string[]; usable: number }> = named.length
    ? await db.query(
        `SELECT c.id, c.path, c.segments,
                (SELECT count(*)::int FROM question q JOIN question_category sub ON sub.id = q.category_id
                  WHERE q.bank_id = c.bank_id AND sub.segments[1:cardinality(c.segments)] = c.segments AND ${DRAWABLE_QUESTION_SQL}) AS usable
           FROM question_category c WHERE c.bank_id = $1 AND c.path = ANY($2::text[])`,
        [bankId, named],
      )
    : [];
  const byPath = new Map(categories.map((category) => [category.path, category]));
  let wholeBank = 0;
  if (paths.some((path) => path === null)) {
    [{ usable: wholeBank }] = await db.query(`SELECT count(*)::int AS usable FROM question q WHERE q.bank_id = $1 AND ${DRAWABLE_QUESTION_SQL}`, [bankId]);
  }
  return rules.map((rule, index) => {
    const path = paths[index] ?? null;
    const points = rule.points ?? null;
    if (path === null) return { categoryId: null, category: null, segments: null, count: rule.count, points, usable: wholeBank, known: true };
    const found = byPath.get(path);
    return {
      categoryId: found?.id ?? null,
      category: path,
      segments: found?.segments ?? categorySegments(path),
      count: rule.count,
      points,
      usable: found?.usable ?? 0,
      known: found !== undefined,
    };
  });
}

/** What each rule can draw, the rules sharing questions taken into account (see exam-rule-pools.ts). */
export function availabilityOf(rules: readonly ResolvedExamRule[]): RuleAvailability[] {
  return ruleAvailability(rules.map((rule) => ({ segments: rule.segments, count: rule.count, usable: rule.usable })));
}

/**
 * Refuses the first rule whose category the bank lacks, or that asks for more questions than it can draw,
 * with the numbers: what it asks, what is available, and what other rules take from the same questions.
 */
export function assertRulesCanBeDrawn(rules: readonly ResolvedExamRule[]): void {
  const unknown = rules.findIndex((rule) => !rule.known);
  if (unknown >= 0) throw DomainError.badInput(`rules[${unknown}].category`, 'exam.ruleCategoryUnknown', { category: rules[unknown]?.category ?? '' });
  const availability = availabilityOf(rules);
  rules.forEach((rule, index) => {
    const { available, taken } = availability[index] as RuleAvailability;
    if (rule.count <= available) return;
    const category = rule.category ?? ROOT_CATEGORY;
    const params = { asked: rule.count, available, category, total: rule.usable, taken };
    throw DomainError.badInput(`rules[${index}].count`, taken > 0 ? 'exam.ruleAsksTooManyShared' : 'exam.ruleAsksTooMany', params, params);
  });
}
