import type { DataSource, EntityManager } from 'typeorm';
import type { ExamEntity } from './exam.entity';

/** What applies to one learner at one exam once overrides and their personal accommodation are taken into account. */
export interface EffectiveExamSettings {
  timeMultiplier: number;
  /** Null: unlimited. */
  maxAttempts: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
}

/** The override columns that take part; a null field leaves the value below it in force. */
export interface OverrideValues {
  timeMultiplier: number | null;
  extraAttempts: number | null;
  opensAt: Date | null;
  closesAt: Date | null;
}

/**
 * The learner's own override wins over their units' (the deepest unit first), which win over the exam. Time
 * multipliers do not stack: the largest of the override's and the personal accommodation's applies, because an
 * exam-wide override for a commune must not cut a learner's standing accommodation.
 */
export function mergeExamSettings(
  exam: Pick<ExamEntity, 'maxAttempts' | 'opensAt' | 'closesAt'>,
  overridesMostSpecificFirst: readonly OverrideValues[],
  accommodationMultiplier: number | null,
): EffectiveExamSettings {
  const first = <K extends keyof OverrideValues>(key: K): OverrideValues[K] | null =>
    overridesMostSpecificFirst.find((override) => override[key] !== null)?.[key] ?? null;
  const extraAttempts = first('extraAttempts') ?? 0;
  return {
    timeMultiplier: Math.max(first('timeMultiplier') ?? 1, accommodationMultiplier ?? 1),
    maxAttempts: exam.maxAttempts === null ? null : exam.maxAttempts + extraAttempts,
    opensAt: first('opensAt') ?? exam.opensAt,
    closesAt: first('closesAt') ?? exam.closesAt,
  };
}

interface OverrideRow {
  exam_id: string;
  time_multiplier: number | null;
  extra_attempts: number | null;
  opens_at: Date | null;
  closes_at: Date | null;
}

/** Reads the overrides of the learner and of the units above them (most specific first), and their accommodation. */
export async function loadEffectiveSettings(manager: EntityManager | DataSource, exam: ExamEntity, userId: string): Promise<EffectiveExamSettings> {
  return (await loadEffectiveSettingsOf(manager, [exam], userId)).get(exam.id) as EffectiveExamSettings;
}

/** The effective settings of one learner at each of these exams, in one query however many exams. */
export async function loadEffectiveSettingsOf(
  manager: EntityManager | DataSource,
  exams: ReadonlyArray<Pick<ExamEntity, 'id' | 'maxAttempts' | 'opensAt' | 'closesAt'>>,
  userId: string,
): Promise<Map<string, EffectiveExamSettings>> {
  if (exams.length === 0) return new Map();
  // One row at least, carrying the accommodation, with each override that applies (none: its columns are null).
  const rows: Array<OverrideRow & { accommodation: number | null }> = await manager.query(
    `SELECT acc.time_multiplier AS accommodation, x.exam_id, x.time_multiplier, x.extra_attempts, x.opens_at, x.closes_at
       FROM (SELECT (SELECT time_multiplier FROM learner_accommodation WHERE user_id = $2) AS time_multiplier) acc
       LEFT JOIN LATERAL (
         SELECT x.*, ou.path AS unit_path
           FROM exam_override x
           LEFT JOIN org_unit ou ON ou.id = x.org_unit_id
          WHERE x.exam_id = ANY($1::uuid[])
            AND (x.user_id = $2
                 OR (SELECT mine.path FROM app_user u JOIN org_unit mine ON mine.id = u.org_unit_id WHERE u.id = $2) LIKE ou.path || '%')
       ) x ON true
      ORDER BY x.exam_id, (x.user_id IS NOT NULL) DESC, length(x.unit_path) DESC`,
    [exams.map((exam) => exam.id), userId],
  );
  const overrides = rows.filter((row) => row.exam_id !== null);
  const accommodation = rows[0]?.accommodation ?? null;
  return new Map(
    exams.map((exam) => [
      exam.id,
      mergeExamSettings(
        exam,
        overrides
          .filter((row) => row.exam_id === exam.id)
          .map((row) => ({ timeMultiplier: row.time_multiplier, extraAttempts: row.extra_attempts, opensAt: row.opens_at, closesAt: row.closes_at })),
        accommodation,
      ),
    ]),
  );
}
