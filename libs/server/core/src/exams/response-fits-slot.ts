import { SHORT_ANSWER_MAX_CHARACTERS } from './grading';

/** What a response needs of its slot: the slot number, the types taking its fields, and the parts it names (JSON). */
export interface SlotGuard {
  slot: number;
  types: readonly string[];
  optionIds: string | null;
  textLength: number;
  prompts: string | null;
  answers: string | null;
}

/** The SQL expressions that hold a SlotGuard's values (parameters or columns). */
export type SlotGuardSql = Record<keyof SlotGuard, string>;

/**
 * SQL: whether the response fits the frozen slot `s` — the same rules as the grader's checkResponseShape
 * (the field of the question's type, its own options, one option for a single choice, the text bound, its
 * own matching parts), read from the slot so that no question version is loaded on the way.
 */
export function responseFitsSlot(s: string, g: SlotGuardSql): string {
  return `((${s} ->> 'slot')::int = ${g.slot}
      AND (${s} ->> 'type') = ANY(${g.types})
      AND (${g.optionIds} IS NULL OR (${s} -> 'optionOrder' @> ${g.optionIds}
           AND (jsonb_array_length(${g.optionIds}) <= 1 OR ${s} ->> 'type' <> 'SINGLE_CHOICE')))
      AND (${g.textLength} <= ${SHORT_ANSWER_MAX_CHARACTERS} OR ${s} ->> 'type' = 'ESSAY')
      AND (${g.prompts} IS NULL OR (${s} -> 'matchPrompts' @> ${g.prompts} AND ${s} -> 'matchChoices' @> ${g.answers})))`;
}

/** The guard's values as query parameters, in the order of SlotGuard. */
export function slotGuardParameters(guard: SlotGuard): unknown[] {
  return [guard.slot, guard.types, guard.optionIds, guard.textLength, guard.prompts, guard.answers];
}
