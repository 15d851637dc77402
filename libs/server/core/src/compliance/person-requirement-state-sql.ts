import { personRequirementStatusSql } from './covered-people-sql';
import { EARNED_HOURS_SQL } from './earned-hours-sql';

/** Where a covered person stands on one requirement, as the drill down and their home page show it. */
export const PERSON_REQUIREMENT_STATES = ['COMPLETED', 'IN_PROGRESS', 'NOT_STARTED', 'OVERDUE', 'EXEMPT'] as const;
export type PersonRequirementState = (typeof PERSON_REQUIREMENT_STATES)[number];

/**
 * Selects from a `covered` CTE each person's status (PERSON_REQUIREMENT_STATUS_SQL) with their `state`: EXEMPT
 * first, then COMPLETED (met now), OVERDUE (past their due date), IN_PROGRESS (some progress in a required course,
 * or some hours earned), else NOT_STARTED; and the reasons of an exemption or extension.
 */
export function personRequirementStateSql(now = 'now()'): string {
  return `
  SELECT s.*, ${stateColumnsSql(now, 'started.any')}
  FROM (${personRequirementStatusSql(now)}) s
  JOIN training_requirement r ON r.id = s.requirement_id
  ${EXCEPTION_REASONS_JOIN_SQL}
  CROSS JOIN LATERAL (${PERSON_STARTED_SQL}) started`;
}

/**
 * The reasons of an exemption or extension and the `state` of a status `s` (exempt, met, due_at, extended) whose
 * progress is `started`, joined with EXCEPTION_REASONS_JOIN_SQL.
 */
export function stateColumnsSql(now: string, started: string): string {
  return `ex.reason AS exemption_reason, CASE WHEN s.extended THEN ext.reason END AS extension_reason,
    CASE
      WHEN s.exempt THEN 'EXEMPT'
      WHEN s.met THEN 'COMPLETED'
      WHEN s.due_at < ${now} THEN 'OVERDUE'
      WHEN ${started} THEN 'IN_PROGRESS'
      ELSE 'NOT_STARTED'
    END AS state`;
}

export const EXCEPTION_REASONS_JOIN_SQL = `
  LEFT JOIN requirement_exemption ex ON ex.requirement_id = s.requirement_id AND ex.user_id = s.user_id
  LEFT JOIN requirement_extension ext ON ext.requirement_id = s.requirement_id AND ext.user_id = s.user_id`;

/**
 * Whether the person of `s` (user_id) has begun requirement `r`, as `any`: some progress in a required course, or,
 * for hours, some hours earned or some progress in any course.
 */
export const PERSON_STARTED_SQL = `
    SELECT CASE
      WHEN r.hours IS NOT NULL THEN EXISTS (SELECT 1 FROM (${EARNED_HOURS_SQL}) h WHERE h.user_id = s.user_id)
        OR EXISTS (SELECT 1 FROM enrollment e WHERE e.user_id = s.user_id AND e.progress > 0)
      ELSE EXISTS (
        SELECT 1 FROM enrollment e
        WHERE e.user_id = s.user_id AND (e.progress > 0 OR e.status = 'COMPLETED')
          AND (e.course_id = r.course_id OR e.course_id IN (SELECT ct.course_id FROM course_track ct WHERE ct.track_id = r.track_id AND ct.mandatory)))
    END AS any`;

export const PERSON_REQUIREMENT_STATE_SQL = personRequirementStateSql();

/** A row of PERSON_REQUIREMENT_STATE_SQL as pg returns it. */
export interface PersonRequirementStateRow {
  requirement_id: string;
  user_id: string;
  user_path: string;
  met: boolean;
  completed_at: Date | null;
  base_due_at: Date;
  due_at: Date;
  extended: boolean;
  exempt: boolean;
  exemption_reason: string | null;
  extension_reason: string | null;
  state: PersonRequirementState;
}

/** One person's standing on one requirement. */
export interface PersonRequirementView {
  requirementId: string;
  userId: string;
  state: PersonRequirementState;
  /** Their due date, with their extension when they have one. */
  dueAt: Date;
  /** The requirement's due date for them, before any extension. */
  baseDueAt: Date;
  extended: boolean;
  completedAt: Date | null;
  exemptionReason: string | null;
  extensionReason: string | null;
}

export function personRequirementViewOf(row: PersonRequirementStateRow): PersonRequirementView {
  return {
    requirementId: row.requirement_id,
    userId: row.user_id,
    state: row.state,
    dueAt: row.due_at,
    baseDueAt: row.base_due_at,
    extended: row.extended,
    completedAt: row.met ? row.completed_at : null,
    exemptionReason: row.exemption_reason,
    extensionReason: row.extension_reason,
  };
}
