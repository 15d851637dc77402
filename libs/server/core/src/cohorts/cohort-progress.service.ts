import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { Keyset, numberedParameters } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { COHORT_COURSES_CTE } from './cohort-courses-sql';
import { CohortService } from './cohort.service';

export const COHORT_MEMBER_PAGE_SIZES = { default: 50, max: 200 } as const;

/** One member's progress over the cohort's courses. */
export interface CohortMemberProgress {
  userId: string;
  fullName: string;
  /** 0..1: the mean over the cohort's courses (a completed course counts 1, one not started 0). */
  progress: number;
  /** Every course of the cohort completed. */
  completed: boolean;
  /** The last change of their enrollments in the cohort's courses; null before they started. */
  lastActivityAt: Date | null;
}

export interface CohortProgressTotals {
  members: number;
  completed: number;
  /** Mean progress of the members; null without members. */
  averageProgress: number | null;
}

type MemberRow = { user_id: string; full_name: string; progress: number; completed: boolean; last_activity_at: Date | null };

const BY_NAME = new Keyset<MemberRow>([
  { sql: 'full_name', type: 'text', valueOf: (row) => row.full_name },
  { sql: 'user_id', type: 'uuid', valueOf: (row) => row.user_id },
]);

/** The per-member progress view of a cohort, for whoever may see the cohort. */
@Injectable()
export class CohortProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortService,
  ) {}

  async totals(actor: Actor, cohortId: string): Promise<CohortProgressTotals> {
    const view = await this.cohorts.visible(actor, cohortId);
    return (await this.totalsOf([view.cohort.id])).get(view.cohort.id) as CohortProgressTotals;
  }

  /** The totals of cohorts whose access was checked already (the API's loader), in one query. */
  async totalsOf(cohortIds: readonly string[]): Promise<Map<string, CohortProgressTotals>> {
    const rows: Array<{ id: string; members: number; completed: number; average: number | null }> = cohortIds.length
      ? await this.dataSource.query(
          `WITH ${memberProgressSql()}
           SELECT c.id, count(p.user_id)::int AS members, (count(*) FILTER (WHERE p.completed))::int AS completed, avg(p.progress)::float8 AS average
           FROM unnest($1::uuid[]) AS c(id) LEFT JOIN member_progress p ON p.cohort_id = c.id GROUP BY c.id`,
          [cohortIds],
        )
      : [];
    return new Map(rows.map((row) => [row.id, { members: row.members, completed: row.completed, averageProgress: row.average === null ? null : Number(row.average) }]));
  }

  async members(actor: Actor, cohortId: string, first: number | null | undefined, after: string | null | undefined): Promise<Page<CohortMemberProgress>> {
    const view = await this.cohorts.visible(actor, cohortId);
    const size = pageSize(first, COHORT_MEMBER_PAGE_SIZES);
    const params: unknown[] = [[view.cohort.id]];
    const condition = after ? `WHERE ${BY_NAME.after(after, numberedParameters(params))}` : '';
    const rows: MemberRow[] = await this.dataSource.query(
      `WITH ${memberProgressSql()} SELECT * FROM member_progress ${condition} ORDER BY ${BY_NAME.orderBy()} LIMIT ${size + 1}`,
      params,
    );
    return pageOf(rows, size, view.memberCount, BY_NAME, (row) => ({
      userId: row.user_id,
      fullName: row.full_name,
      progress: Number(row.progress),
      completed: row.completed,
      lastActivityAt: row.last_activity_at,
    }));
  }
}

/** `member_progress` of the cohorts `$1` (a uuid[]): each member of each with their progress over its courses. */
function memberProgressSql(): string {
  return `${COHORT_COURSES_CTE},
    member_progress AS (
      SELECT m.cohort_id, m.user_id, u.full_name,
        coalesce(avg(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE coalesce(e.progress, 0) END), 0)::float8 AS progress,
        count(tc.course_id) > 0 AND count(*) FILTER (WHERE e.status = 'COMPLETED') = count(tc.course_id) AS completed,
        max(e.updated_at) AS last_activity_at
      FROM cohort_member m
      JOIN app_user u ON u.id = m.user_id
      LEFT JOIN target_course tc ON tc.cohort_id = m.cohort_id
      LEFT JOIN enrollment e ON e.user_id = m.user_id AND e.course_id = tc.course_id
      WHERE m.cohort_id = ANY ($1::uuid[])
      GROUP BY m.cohort_id, m.user_id, u.full_name
    )`;
}
