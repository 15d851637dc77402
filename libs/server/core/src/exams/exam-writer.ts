import type { EntityManager } from 'typeorm';
import type { ExamSettingsValues } from './exam-input-rules';
import type { ResolvedExamRule } from './exam-rule-check';

/** Writes a new exam and its rules, checked by the caller (examSettingsOf, assertRulesCanBeDrawn); answers its id. */
export async function insertExam(
  manager: EntityManager,
  bankId: string,
  settings: ExamSettingsValues,
  rules: readonly ResolvedExamRule[],
  createdById: string | null,
): Promise<string> {
  const [row]: Array<{ id: string }> = await manager.query(
    `INSERT INTO exam (bank_id, title, instructions, time_limit_seconds, max_attempts, attempt_delay_seconds, grading_method, pass_percent,
                       shuffle_questions, shuffle_options, opens_at, closes_at, grace_seconds, review_policy, open_to_all, question_count, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
    [bankId, ...settingsColumns(settings), questionCountOf(rules), createdById],
  );
  await insertRules(manager, row.id, rules);
  return row.id;
}

/** Replaces an exam's settings and rules (its bank stays). */
export async function updateExamDefinition(manager: EntityManager, examId: string, settings: ExamSettingsValues, rules: readonly ResolvedExamRule[]): Promise<void> {
  await manager.query(
    `UPDATE exam SET title = $2, instructions = $3, time_limit_seconds = $4, max_attempts = $5, attempt_delay_seconds = $6, grading_method = $7,
                     pass_percent = $8, shuffle_questions = $9, shuffle_options = $10, opens_at = $11, closes_at = $12, grace_seconds = $13,
                     review_policy = $14, open_to_all = $15, question_count = $16, updated_at = now()
      WHERE id = $1`,
    [examId, ...settingsColumns(settings), questionCountOf(rules)],
  );
  await manager.query('DELETE FROM exam_rule WHERE exam_id = $1', [examId]);
  await insertRules(manager, examId, rules);
}

/** The settings in the order of the exam's columns, from `title` to `open_to_all`. */
function settingsColumns(settings: ExamSettingsValues): unknown[] {
  return [
    settings.title,
    settings.instructions,
    settings.timeLimitSeconds,
    settings.maxAttempts,
    settings.attemptDelaySeconds,
    settings.gradingMethod,
    settings.passPercent,
    settings.shuffleQuestions,
    settings.shuffleOptions,
    settings.opensAt,
    settings.closesAt,
    settings.graceSeconds,
    JSON.stringify(settings.reviewPolicy),
    settings.openToAll,
  ];
}

function questionCountOf(rules: readonly ResolvedExamRule[]): number {
  return rules.reduce((sum, rule) => sum + rule.count, 0);
}

async function insertRules(manager: EntityManager, examId: string, rules: readonly ResolvedExamRule[]): Promise<void> {
  await manager.query(
    `INSERT INTO exam_rule (exam_id, position, category_id, count, points)
     SELECT $1, r.position, r.category_id, r.count, r.points
       FROM jsonb_to_recordset($2::jsonb) AS r(position int, category_id uuid, count int, points real)`,
    [examId, JSON.stringify(rules.map((rule, index) => ({ position: index + 1, category_id: rule.categoryId, count: rule.count, points: rule.points })))],
  );
}
