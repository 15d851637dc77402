import { AUDIENCES, type Audience, isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { orgUnitPathOrFail } from '../org-units/org-unit-path';
import { COHORT_COURSES_CTE } from './cohort-courses-sql';
import { COHORT_LIMITS } from './cohort-rules';
import type { CohortView } from './cohort-view';
import { CohortService } from './cohort.service';
import { canManageCohort } from './cohorts-access';

/** Whom to add: people by id, and/or everyone of an org unit's subtree of some audiences (none named: all). */
export interface CohortMemberSelection {
  userIds?: readonly string[] | null;
  orgUnitId?: string | null;
  audiences?: readonly Audience[] | null;
}

export interface CohortMembersAdded {
  cohort: CohortView;
  /** People who were not members before. */
  added: number;
  /** Enrollments made (a member already enrolled in a course keeps that enrollment). */
  enrolled: number;
}

/**
 * Adding people to a cohort enrols them in its course, or its track's mandatory courses (source COHORT).
 * Idempotent: membership and enrollments are unique per person, so adding someone twice adds nothing. Members
 * must be people of the cohort's unit subtree; adds to one cohort take turns on its row, so the cap holds.
 */
@Injectable()
export class CohortMembershipService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortService,
  ) {}

  async add(actor: Actor, cohortId: string, selection: CohortMemberSelection): Promise<CohortMembersAdded> {
    const view = await this.cohorts.visible(actor, cohortId);
    if (!canManageCohort(actor, { ownerId: view.cohort.ownerId, orgUnitPath: view.orgUnitPath })) throw DomainError.forbidden('cohorts.manageForbidden');
    const userIds = [...new Set(selection.userIds ?? [])];
    const audiences = [...new Set(selection.audiences ?? [])].filter((audience) => AUDIENCES.includes(audience));
    if (userIds.length === 0 && !selection.orgUnitId) throw DomainError.badInput('userIds', 'cohorts.memberSelectionMissing');
    if (userIds.length > COHORT_LIMITS.userIdsPerCall) throw DomainError.badInput('userIds', 'cohorts.tooManyUserIds', { max: COHORT_LIMITS.userIdsPerCall });
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM cohort WHERE id = $1 FOR UPDATE', [view.cohort.id]);
      await assertPeopleInUnit(manager, userIds, view.orgUnitPath);
      const unitPath = selection.orgUnitId ? await orgUnitPathOrFail(manager, selection.orgUnitId) : null;
      if (unitPath !== null && !unitPath.startsWith(view.orgUnitPath)) throw DomainError.badInput('orgUnitId', 'cohorts.unitOutsideCohort');
      const [{ added, members }]: Array<{ added: number; members: number }> = await manager.query(
        `WITH candidate AS (
           SELECT id FROM app_user WHERE id = ANY ($2::uuid[])
           UNION
           SELECT u.id FROM app_user u JOIN org_unit ou ON ou.id = u.org_unit_id
           WHERE $3::text IS NOT NULL AND ou.path LIKE $3::text || '%' AND (cardinality($4::text[]) = 0 OR u.audience = ANY ($4::text[]))
         ),
         inserted AS (
           INSERT INTO cohort_member (cohort_id, user_id, added_by_id) SELECT $1, id, $5 FROM candidate
           ON CONFLICT DO NOTHING RETURNING 1
         )
         SELECT (SELECT count(*)::int FROM inserted) AS added,
                (SELECT count(*)::int FROM inserted) + (SELECT count(*)::int FROM cohort_member WHERE cohort_id = $1) AS members`,
        [view.cohort.id, userIds, unitPath, audiences, actor.userId],
      );
      if (members > COHORT_LIMITS.membersMax) throw DomainError.badInput(selection.orgUnitId ? 'orgUnitId' : 'userIds', 'cohorts.tooManyMembers', { max: COHORT_LIMITS.membersMax, count: members });
      const [{ enrolled }]: Array<{ enrolled: number }> = await manager.query(
        `WITH ${COHORT_COURSES_CTE},
         inserted AS (
           INSERT INTO enrollment (user_id, course_id, course_version_id, source)
           SELECT m.user_id, co.id, co.live_version_id, 'COHORT'
           FROM cohort_member m JOIN target_course tc ON tc.cohort_id = m.cohort_id
           JOIN course co ON co.id = tc.course_id AND co.status = 'PUBLISHED' AND co.live_version_id IS NOT NULL
           ON CONFLICT ON CONSTRAINT enrollment_user_course_key DO NOTHING
           RETURNING 1
         )
         SELECT count(*)::int AS enrolled FROM inserted`,
        [[view.cohort.id]],
      );
      return { added, enrolled };
    });
    return { cohort: await this.cohorts.visible(actor, cohortId), ...outcome };
  }
}

/** Every person named exists and is in the cohort's unit subtree, or the first who is not is named. */
async function assertPeopleInUnit(manager: EntityManager, userIds: readonly string[], cohortPath: string): Promise<void> {
  const malformed = userIds.find((id) => !isUuid(id));
  if (malformed !== undefined) throw DomainError.badInput('userIds', 'cohorts.userNotFound', { id: malformed });
  if (userIds.length === 0) return;
  const rows: Array<{ id: string; path: string | null }> = await manager.query(
    'SELECT u.id, ou.path FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id WHERE u.id = ANY ($1::uuid[])',
    [userIds],
  );
  const pathOf = new Map(rows.map((row) => [row.id, row.path]));
  for (const id of userIds) {
    if (!pathOf.has(id)) throw DomainError.badInput('userIds', 'cohorts.userNotFound', { id });
    if (!pathOf.get(id)?.startsWith(cohortPath)) throw DomainError.badInput('userIds', 'cohorts.userOutsideUnit', { id });
  }
}
