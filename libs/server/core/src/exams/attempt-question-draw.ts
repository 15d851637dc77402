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

/** An exam's rules as attempts draw them: in draw order, each with its category's path (null: the whole bank). */
export interface ExamDrawPlan {
  bankId: string;
  rules: ReadonlyArray<{ rule: ExamRuleEntity; position: number; segments: string[] | null }>;
  ruleCount: number;
}

/**
 * The draw plan of an exam's rules (ordered by position): the same for every attempt until the exam's rules or
 * categories change, so concurrent starts can share it. Rules draw in `ruleDrawOrder` (a subcategory's rule
 * before its parent's: the order in which the exam's counts were checked).
 */
export async function loadExamDrawPlan(manager: EntityManager, bankId: string, rules: readonly ExamRuleEntity[]): Promise<ExamDrawPlan> {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  const categoryIds = ordered.map((rule) => rule.categoryId).filter((id): id is string => id !== null);
  const categories: Array<{ id: string; segments: string[] }> = categoryIds.length
    ? await manager.query('SELECT id, segments FROM question_category WHERE id = ANY($1::uuid[])', [categoryIds])
    : [];
  const segments = ordered.map((rule) => (rule.categoryId === null ? null : (categories.find((category) => category.id === rule.categoryId)?.segments ?? [])));
  return {
    bankId,
    ruleCount: ordered.length,
    rules: ruleDrawOrder(segments.map((path) => ({ segments: path }))).map((index) => ({
      rule: ordered[index] as ExamRuleEntity,
      position: index,
      segments: segments[index] ?? null,
    })),
  };
}

/**
 * Draws each rule's questions at random from its category (subcategories included) or the whole bank, never
 * one twice across rules, preferring those the learner has not seen in an earlier attempt (they come last,
 * so they are drawn only when the pool runs short). Rules draw in the plan's order, and their questions are
 * returned in the rules' own order. One indexed query per rule, without locks.
 */
export async function drawAttemptQuestions(manager: EntityManager, plan: ExamDrawPlan, seenQuestionIds: readonly string[]): Promise<DrawnQuestionRef[]> {
  const byRule: DrawnQuestionRef[][] = Array.from({ length: plan.ruleCount }, () => []);
  const taken: string[] = [];
  for (const { rule, position, segments } of plan.rules) {
    const rows: Array<{ id: string; version_id: string }> = await manager.query(
      `SELECT q.id, q.current_version_id AS version_id
         FROM question q JOIN question_category c ON c.id = q.category_id
        WHERE q.bank_id = $1 AND ${DRAWABLE_QUESTION_SQL}
          AND ($2::text[] IS NULL OR c.segments[1:cardinality($2::text[])] = $2::text[])
          AND q.id <> ALL($3::uuid[])
        ORDER BY q.id = ANY($4::uuid[]), random()
        LIMIT $5`,
      [plan.bankId, segments, taken, seenQuestionIds, rule.count],
    );
    if (rows.length < rule.count) {
      throw DomainError.conflict('exam.notEnoughQuestions', 'examId', { rule: position + 1, asked: rule.count, available: rows.length });
    }
    byRule[position] = rows.map((row) => ({ questionId: row.id, versionId: row.version_id, points: rule.points }));
    taken.push(...rows.map((row) => row.id));
  }
  return byRule.flat();
}
