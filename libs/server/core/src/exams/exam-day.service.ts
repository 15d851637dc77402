import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { assertCanManageOrgPath } from '../access/access-policy';
import type { Actor } from '../access/actor';
import { updatedRows } from '../database/updated-rows';
import { DomainError } from '../errors/domain.error';
import { orgUnitPathOrFail } from '../org-units/org-unit-path';
import { assertCanEditExam, assertCanMonitorExam, assertConcernedByExamDay, examAttemptsScope } from './exam-access';
import { ExamDeadlineScheduler } from './exam-deadline-scheduler';
import type { ExamEntity } from './exam.entity';
import { ExamService } from './exam.service';

export const EXAM_DAY_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'OVERDUE', 'SUBMITTED'] as const;
/** OVERDUE: in progress past its deadline (in its grace, or waiting for the deadline job or the sweep). */
export type ExamDayState = (typeof EXAM_DAY_STATES)[number];

/** The exam-day page lists at most this many takers (the ones to worry about first); the counts cover everyone. */
export const EXAM_DAY_TAKER_LIMIT = 2_000;

/** The longest bulk extension: a day. */
export const MAX_EXTENSION_MINUTES = 24 * 60;

export interface ExamDayUnitView {
  /** Null for takers who belong to no unit (citizens taking an exam open to all). */
  orgUnitId: string | null;
  notStarted: number;
  inProgress: number;
  overdue: number;
  submitted: number;
}

export interface ExamDayTakerView {
  userId: string;
  orgUnitId: string | null;
  state: ExamDayState;
  /** Their attempt in progress, else their latest one; null before they start. */
  attemptId: string | null;
  /** When they last saved an answer in that attempt. */
  lastSavedAt: Date | null;
  deadline: Date | null;
}

export interface ExamDayView {
  exam: ExamEntity;
  /** The server's clock, for the age of each last save. */
  now: Date;
  units: ExamDayUnitView[];
  takers: ExamDayTakerView[];
  takerCount: number;
}

interface UnitCountRow {
  org_unit_id: string | null;
  day_state: ExamDayState;
  count: number;
}

/** A taker as json_build_object gives it: its times are ISO strings. */
interface TakerJsonRow {
  user_id: string;
  org_unit_id: string | null;
  day_state: ExamDayState;
  attempt_id: string | null;
  last_saved_at: string | null;
  deadline: string | null;
}

const dateOrNull = (value: string | null): Date | null => (value === null ? null : new Date(value));

/**
 * Who takes the exam, by org unit, with the state of each: the learners enrolled in a course version with an
 * EXAM lesson of it (for an exam open to all: whoever started it), each with their attempt in progress (else
 * their latest), the unit being the attempt's (the taker's when it started) or, before a start, the person's.
 * $1 exam id, $2 open to all, $3 the unit paths to keep (null: all).
 */
const TAKERS = `
  WITH expected AS (
    SELECT DISTINCT e.user_id
      FROM enrollment e
      JOIN course_version cv ON cv.id = e.course_version_id
     WHERE NOT $2::boolean AND e.status <> 'WITHDRAWN'
       AND jsonb_path_exists(cv.snapshot, '$.modules[*].lessons[*] ? (@.kind == "EXAM" && @.examId == $exam)', jsonb_build_object('exam', $1::uuid::text))
  ), latest AS (
    SELECT DISTINCT ON (a.user_id) a.user_id, a.id, a.state, a.org_unit_id, a.deadline
      FROM exam_attempt a
     WHERE a.exam_id = $1::uuid
     ORDER BY a.user_id, (a.state = 'IN_PROGRESS') DESC, a.number DESC
  ), takers AS (
    SELECT u.id AS user_id, u.full_name, l.id AS attempt_id, l.deadline,
           CASE WHEN l.id IS NULL THEN u.org_unit_id ELSE l.org_unit_id END AS org_unit_id,
           CASE WHEN l.id IS NULL THEN 'NOT_STARTED'
                WHEN l.state <> 'IN_PROGRESS' THEN 'SUBMITTED'
                WHEN l.deadline < now() THEN 'OVERDUE'
                ELSE 'IN_PROGRESS' END AS day_state
      FROM expected x
      FULL JOIN latest l ON l.user_id = x.user_id
      JOIN app_user u ON u.id = coalesce(l.user_id, x.user_id)
  )
  SELECT t.*, ou.path
    FROM takers t
    LEFT JOIN org_unit ou ON ou.id = t.org_unit_id
   WHERE $3::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($3::text[]) AS root(path) WHERE ou.path LIKE root.path || '%')`;

/** The live page of an exam: where its takers stand, unit by unit, and a bulk extension for a unit. */
@Injectable()
export class ExamDayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: ExamDeadlineScheduler,
    private readonly exams: ExamService,
  ) {}

  /** For the exam's editors (every unit) and unit managers (their subtrees); `orgUnitId` narrows to one subtree. */
  async examDay(actor: Actor, examId: string, orgUnitId?: string | null): Promise<ExamDayView> {
    const { exam, access } = await this.exams.withAccess(this.dataSource.manager, actor, examId);
    assertCanMonitorExam(actor, access);
    const scope = examAttemptsScope(actor, access);
    let paths = scope === 'ALL' ? null : scope;
    if (orgUnitId) {
      const unitPath = await orgUnitPathOrFail(this.dataSource.manager, orgUnitId);
      if (scope !== 'ALL') assertCanManageOrgPath(actor, unitPath);
      paths = [unitPath];
    }
    // One statement: the counts, the takers listed and the clock come from the same snapshot.
    const [day]: Array<{ units: UnitCountRow[] | null; takers: TakerJsonRow[] | null; now: Date }> = await this.dataSource.query(
      `WITH s AS MATERIALIZED (${TAKERS}),
       counted AS (SELECT s.org_unit_id, s.path, s.day_state, count(*)::int AS count FROM s GROUP BY s.org_unit_id, s.path, s.day_state),
       listed AS (
         SELECT s.user_id, s.org_unit_id, s.day_state, s.attempt_id, s.deadline, s.full_name,
                (SELECT max(aa.saved_at) FROM attempt_answer aa WHERE aa.attempt_id = s.attempt_id) AS last_saved_at
           FROM s
       ), first_listed AS (
         SELECT * FROM listed
          ORDER BY array_position(ARRAY['OVERDUE', 'IN_PROGRESS', 'NOT_STARTED', 'SUBMITTED'], day_state), last_saved_at NULLS FIRST, full_name, user_id
          LIMIT ${EXAM_DAY_TAKER_LIMIT}
       )
       SELECT (SELECT json_agg(json_build_object('org_unit_id', org_unit_id, 'day_state', day_state, 'count', count) ORDER BY path NULLS LAST) FROM counted) AS units,
              (SELECT json_agg(json_build_object('user_id', user_id, 'org_unit_id', org_unit_id, 'day_state', day_state, 'attempt_id', attempt_id, 'deadline', deadline, 'last_saved_at', last_saved_at)
                               ORDER BY array_position(ARRAY['OVERDUE', 'IN_PROGRESS', 'NOT_STARTED', 'SUBMITTED'], day_state), last_saved_at NULLS FIRST, full_name, user_id)
                 FROM first_listed) AS takers,
              now() AS now`,
      [exam.id, exam.openToAll, paths],
    );
    const units = day.units ?? [];
    if (!orgUnitId) assertConcernedByExamDay(scope, units.length);
    const takers = day.takers ?? [];
    const now = day.now;
    return {
      exam,
      now,
      units: unitCounts(units),
      takers: takers.map((row) => ({
        userId: row.user_id,
        orgUnitId: row.org_unit_id,
        state: row.day_state,
        attemptId: row.attempt_id,
        lastSavedAt: dateOrNull(row.last_saved_at),
        deadline: dateOrNull(row.deadline),
      })),
      takerCount: units.reduce((sum, row) => sum + row.count, 0),
    };
  }

  /**
   * Moves the deadline of every attempt in progress of the takers of a unit's subtree by `minutes` (a power
   * cut in a commune), in one statement, and schedules their new deadline jobs. Returns how many moved.
   */
  async extendExamDeadlines(actor: Actor, examId: string, orgUnitId: string, minutes: number): Promise<number> {
    const { exam, access } = await this.exams.withAccess(this.dataSource.manager, actor, examId);
    // Extending changes the exam's conditions: its editors decide it, unit managers only watch.
    assertCanEditExam(actor, access);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
      throw DomainError.badInput('minutes', 'examDay.minutesOutOfRange', { max: MAX_EXTENSION_MINUTES });
    }
    const unitPath = await orgUnitPathOrFail(this.dataSource.manager, orgUnitId);
    const moved = updatedRows<{ id: string; accepts_until: Date | null }>(
      await this.dataSource.query(
        `UPDATE exam_attempt a
            SET extension_seconds = a.extension_seconds + $3,
                deadline = a.deadline + make_interval(secs => $3),
                accepts_until = a.accepts_until + make_interval(secs => $3)
           FROM org_unit ou
          WHERE a.exam_id = $1 AND a.state = 'IN_PROGRESS' AND a.deadline IS NOT NULL
            AND ou.id = a.org_unit_id AND ou.path LIKE $2 || '%'
          RETURNING a.id, a.accepts_until`,
        [exam.id, unitPath, minutes * 60],
      ),
    );
    await this.deadlines.schedule(moved.map((row) => ({ id: row.id, acceptsUntil: row.accepts_until })));
    return moved.length;
  }
}

function unitCounts(rows: readonly UnitCountRow[]): ExamDayUnitView[] {
  const byUnit = new Map<string | null, ExamDayUnitView>();
  const field: Record<ExamDayState, 'notStarted' | 'inProgress' | 'overdue' | 'submitted'> = {
    NOT_STARTED: 'notStarted',
    IN_PROGRESS: 'inProgress',
    OVERDUE: 'overdue',
    SUBMITTED: 'submitted',
  };
  for (const row of rows) {
    const unit = byUnit.get(row.org_unit_id) ?? { orgUnitId: row.org_unit_id, notStarted: 0, inProgress: 0, overdue: 0, submitted: 0 };
    unit[field[row.day_state]] += row.count;
    byUnit.set(row.org_unit_id, unit);
  }
  return [...byUnit.values()];
}
