import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { coveredPeopleSql, scopedRequirementCte } from './covered-people-sql';
import { RequirementStatusRefresher } from './requirement-status-refresher';

export interface CoverageOutcome {
  newlyCovered: number;
  noLongerCovered: number;
  enrolled: number;
}

/**
 * Brings who a requirement covers up to date and enrols them in its courses (the course, or the track's mandatory
 * courses; an hours requirement leaves the choice of courses to the person). Idempotent: coverage and enrollments
 * are unique per person, so running it again, or twice at once, adds nothing. A person who stops matching is no
 * longer covered; their enrollments and progress stay. Then the stored standings the changes marked stale (the
 * people newly covered or no longer, every change since the last run) are refreshed for the reports.
 */
@Injectable()
export class RequirementEnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly statuses: RequirementStatusRefresher,
  ) {}

  /**
   * `requirementId` null: every requirement. `userIds`: only these people (onboarded, moved between units, given
   * another audience), whom every requirement is evaluated for; the rest of the coverage is left as it is.
   */
  async evaluate(requirementId: string | null, userIds: readonly string[] | null = null): Promise<CoverageOutcome> {
    const filter = '($1::uuid IS NULL OR r.id = $1::uuid)';
    const params = [requirementId, userIds === null ? null : [...userIds]];
    const forPeople = (column: string) => `($2::uuid[] IS NULL OR ${column} = ANY ($2::uuid[]))`;
    const outcome = await this.dataSource.transaction(async (manager): Promise<CoverageOutcome> => {
      const covered = `WITH ${scopedRequirementCte(filter)}, covered AS (SELECT * FROM (${coveredPeopleSql()}) c WHERE ${forPeople('c.user_id')})`;
      const added: Array<{ n: number }> = await manager.query(
        `${covered}, inserted AS (
           INSERT INTO requirement_coverage (requirement_id, user_id) SELECT requirement_id, user_id FROM covered
           ON CONFLICT DO NOTHING RETURNING 1)
         SELECT count(*)::int AS n FROM inserted`,
        params,
      );
      const removed: Array<{ n: number }> = await manager.query(
        `${covered}, deleted AS (
           DELETE FROM requirement_coverage cov USING scoped_requirement r
           WHERE cov.requirement_id = r.id AND ${forPeople('cov.user_id')}
             AND NOT EXISTS (SELECT 1 FROM covered c WHERE c.requirement_id = cov.requirement_id AND c.user_id = cov.user_id)
           RETURNING 1)
         SELECT count(*)::int AS n FROM deleted`,
        params,
      );
      const enrolled: Array<{ n: number }> = await manager.query(
        `WITH ${scopedRequirementCte(filter)},
         required_course AS (
           SELECT r.id AS requirement_id, r.course_id FROM scoped_requirement r WHERE r.course_id IS NOT NULL
           UNION
           SELECT r.id, ct.course_id FROM scoped_requirement r JOIN course_track ct ON ct.track_id = r.track_id AND ct.mandatory
         ),
         inserted AS (
           INSERT INTO enrollment (user_id, course_id, course_version_id, source, due_at)
           SELECT DISTINCT ON (cov.user_id, rc.course_id) cov.user_id, rc.course_id, co.live_version_id, 'ASSIGNED', person_due.at
           FROM required_course rc
           JOIN requirement_coverage cov ON cov.requirement_id = rc.requirement_id AND ${forPeople('cov.user_id')}
           JOIN training_requirement r ON r.id = rc.requirement_id
           JOIN course co ON co.id = rc.course_id AND co.status = 'PUBLISHED' AND co.live_version_id IS NOT NULL
           CROSS JOIN LATERAL (SELECT CASE WHEN r.due_within_days IS NULL THEN r.due_at
             ELSE greatest(r.due_at, cov.covered_at + make_interval(days => r.due_within_days)) END AS at) person_due
           ORDER BY cov.user_id, rc.course_id, person_due.at
           ON CONFLICT ON CONSTRAINT enrollment_user_course_key DO NOTHING
           RETURNING 1)
         SELECT count(*)::int AS n FROM inserted`,
        params,
      );
      return { newlyCovered: added[0].n, noLongerCovered: removed[0].n, enrolled: enrolled[0].n };
    });
    await this.statuses.refreshStale();
    return outcome;
  }
}
