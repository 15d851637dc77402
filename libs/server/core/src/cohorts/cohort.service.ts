import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { orgUnitPathOrFail } from '../org-units/org-unit-path';
import { Keyset, numberedParameters } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { TrackEntity } from '../tracks/track.entity';
import { expertUnitPaths } from './cohort-experts';
import { type CheckedCohort, checkCohortCommand, type CohortCommand } from './cohort-rules';
import type { CohortView } from './cohort-view';
import { CohortEntity } from './cohort.entity';
import { assertCanCreateCohortIn, canSeeCohort, cohortVisibility, mayCreateCohorts } from './cohorts-access';

export const COHORT_PAGE_SIZES = { default: 20, max: 100 } as const;

type CohortRow = { id: string; starts_on: string };

/** Latest start first. */
const BY_START = new Keyset<CohortRow>([
  { sql: 'c.starts_on::text', type: 'text', descending: true, valueOf: (row) => row.starts_on },
  { sql: 'c.id', type: 'uuid', descending: true, valueOf: (row) => row.id },
]);

/** Cohorts: creating them, reading one, and listing those the actor may see. */
@Injectable()
export class CohortService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, command: CohortCommand): Promise<CohortView> {
    const checked = checkCohortCommand(command);
    const id = await this.dataSource.transaction(async (manager) => {
      const experts = await expertUnitPaths(manager, actor.userId);
      if (!mayCreateCohorts(actor, experts)) throw DomainError.forbidden('cohorts.createForbidden');
      assertCanCreateCohortIn(actor, await orgUnitPathOrFail(manager, checked.orgUnitId), experts);
      const target = await resolveCohortTarget(manager, checked);
      const saved = await manager.save(manager.create(CohortEntity, { name: checked.name, orgUnitId: checked.orgUnitId, ...target, startsOn: checked.startsOn, ownerId: actor.userId }));
      return saved.id;
    });
    return this.visible(actor, id);
  }

  /** The cohort, or NOT_FOUND for whoever may not see it (its existence is not told). */
  async visible(actor: Actor, id: string): Promise<CohortView> {
    const [view] = isUuid(id) ? await this.viewsByIds([id]) : [];
    if (!view || !canSeeCohort(actor, { ownerId: view.cohort.ownerId, orgUnitPath: view.orgUnitPath })) throw DomainError.notFound('cohorts.notFound', id);
    return view;
  }

  async list(actor: Actor, first: number | null | undefined, after: string | null | undefined): Promise<Page<CohortView>> {
    const size = pageSize(first, COHORT_PAGE_SIZES);
    const params: unknown[] = [];
    const bind = numberedParameters(params);
    const visibility = cohortVisibility(actor);
    const visible = visibility === null ? 'true' : `(c.owner_id = ${bind(visibility.ownerId)} OR ou.path LIKE ANY (${bind(visibility.managedPaths.map((path) => `${path}%`))}::text[]))`;
    const from = `FROM cohort c JOIN org_unit ou ON ou.id = c.org_unit_id WHERE ${visible}`;
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const condition = after ? ` AND ${BY_START.after(after, bind)}` : '';
    const rows: CohortRow[] = await this.dataSource.query(`SELECT c.id, c.starts_on::text AS starts_on ${from}${condition} ORDER BY ${BY_START.orderBy()} LIMIT ${size + 1}`, params);
    const views = new Map((await this.viewsByIds(rows.slice(0, size).map((row) => row.id))).map((view) => [view.cohort.id, view]));
    return pageOf(rows, size, total, BY_START, (row) => views.get(row.id) as CohortView);
  }

  /** Cohorts by id with their unit's path, track and member count, unchecked (for the rules and loaders). */
  async viewsByIds(ids: readonly string[]): Promise<CohortView[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string; org_unit_path: string; member_count: number }> = await this.dataSource.query(
      `SELECT c.id, ou.path AS org_unit_path, (SELECT count(*)::int FROM cohort_member m WHERE m.cohort_id = c.id) AS member_count
       FROM cohort c JOIN org_unit ou ON ou.id = c.org_unit_id WHERE c.id = ANY ($1::uuid[])`,
      [ids],
    );
    const cohorts = await this.dataSource.getRepository(CohortEntity).findBy({ id: In(rows.map((row) => row.id)) });
    const trackIds = [...new Set(cohorts.flatMap((cohort) => (cohort.trackId ? [cohort.trackId] : [])))];
    const tracks = trackIds.length ? await this.dataSource.getRepository(TrackEntity).findBy({ id: In(trackIds) }) : [];
    return rows.map((row) => {
      const cohort = cohorts.find((candidate) => candidate.id === row.id) as CohortEntity;
      return { cohort, orgUnitPath: row.org_unit_path, memberCount: row.member_count, track: tracks.find((track) => track.id === cohort.trackId) ?? null };
    });
  }
}

/** The course or track the command names, which must exist and be something people can follow. */
async function resolveCohortTarget(manager: EntityManager, checked: CheckedCohort): Promise<Pick<CohortEntity, 'courseId' | 'trackId'>> {
  const target = checked.target;
  if (target.kind === 'course') {
    const [course]: Array<{ status: string; live_version_id: string | null }> = isUuid(target.courseId)
      ? await manager.query('SELECT status, live_version_id FROM course WHERE id = $1', [target.courseId])
      : [];
    if (!course) throw DomainError.badInput('courseId', 'cohorts.courseNotFound', { id: target.courseId });
    if (course.status !== 'PUBLISHED' || !course.live_version_id) throw DomainError.badInput('courseId', 'cohorts.courseNotPublished');
    return { courseId: target.courseId, trackId: null };
  }
  const [track]: Array<{ id: string; mandatory: number }> = await manager.query(
    `SELECT t.id, (SELECT count(*)::int FROM course_track ct WHERE ct.track_id = t.id AND ct.mandatory) AS mandatory FROM track t WHERE t.code = lower($1)`,
    [target.trackCode],
  );
  if (!track) throw DomainError.badInput('trackCode', 'cohorts.trackNotFound', { code: target.trackCode });
  if (track.mandatory === 0) throw DomainError.badInput('trackCode', 'cohorts.trackWithoutMandatoryCourses', { code: target.trackCode });
  return { courseId: null, trackId: track.id };
}
