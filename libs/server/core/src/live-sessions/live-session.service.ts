import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { expertUnitPaths } from '../cohorts/cohort-experts';
import { canSeeCohort } from '../cohorts/cohorts-access';
import { DomainError } from '../errors/domain.error';
import { Keyset, numberedParameters } from '../pagination/keyset';
import { type Page, pageOf, pageSize } from '../pagination/page';
import { checkLiveSessionCommand, type CheckedLiveSession, type LiveSessionCommand } from './live-session-rules';
import type { LiveSessionView } from './live-session-view';
import { LiveSessionEntity } from './live-session.entity';
import { allowedOrganiserActions, assertMayOrganiseSessions, type OrganiserAction, sessionVisibilitySql } from './live-sessions-access';

export const LIVE_SESSION_PAGE_SIZES = { default: 20, max: 100 } as const;

type SessionRow = { id: string; starts_micros: string; registered_count: number; attended_count: number; registered: boolean; attended: boolean };

/** Soonest first. */
const BY_START = new Keyset<SessionRow>([
  { sql: 's.starts_at', type: 'micros', valueOf: (row) => row.starts_micros },
  { sql: 's.id', type: 'uuid', valueOf: (row) => row.id },
]);

/** Live sessions: organising them, reading one, and the upcoming ones a person may attend. */
@Injectable()
export class LiveSessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(actor: Actor, command: LiveSessionCommand): Promise<LiveSessionView> {
    const checked = checkLiveSessionCommand(command);
    const id = await this.dataSource.transaction(async (manager) => {
      assertMayOrganiseSessions(actor, (await expertUnitPaths(manager, actor.userId)).length > 0);
      await assertLinksExist(manager, actor, checked);
      const { cohortId, courseId, creditedHours, ...fields } = checked;
      const saved = await manager.save(manager.create(LiveSessionEntity, { ...fields, cohortId, courseId, creditedHours: creditedHours.toFixed(2), organiserId: actor.userId }));
      return saved.id;
    });
    return this.visible(actor, id);
  }

  /** What the actor may start: a cohort, a session (a unit's digital-transformation expert counts as an organiser). */
  async organiserActions(actor: Actor): Promise<OrganiserAction[]> {
    return allowedOrganiserActions(actor, await expertUnitPaths(this.dataSource.manager, actor.userId));
  }

  /** The session, or NOT_FOUND for whoever may not see it. */
  async visible(actor: Actor, id: string): Promise<LiveSessionView> {
    const [view] = isUuid(id) ? await this.views(actor, 's.id = ANY (%ids)', [id]) : [];
    if (!view) throw DomainError.notFound('liveSessions.notFound', id);
    return view;
  }

  /** Sessions not yet over that the actor may attend or organises, soonest first. */
  async upcoming(actor: Actor, first: number | null | undefined, after: string | null | undefined): Promise<Page<LiveSessionView>> {
    const size = pageSize(first, LIVE_SESSION_PAGE_SIZES);
    const params: unknown[] = [];
    const bind = numberedParameters(params);
    const where = `s.ends_at > now() AND ${sessionVisibilitySql(actor, bind)}`;
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(`SELECT count(*)::int AS total FROM live_session s WHERE ${where}`, params);
    const condition = after ? ` AND ${BY_START.after(after, bind)}` : '';
    const rows: SessionRow[] = await this.dataSource.query(`${selectViews(where + condition, bind(actor.userId))} ORDER BY ${BY_START.orderBy()} LIMIT ${size + 1}`, params);
    const sessions = await this.entitiesOf(rows.slice(0, size));
    return pageOf(rows, size, total, BY_START, (row) => viewOf(row, sessions));
  }

  private async views(actor: Actor, filter: string, ids: string[]): Promise<LiveSessionView[]> {
    const params: unknown[] = [];
    const bind = numberedParameters(params);
    const where = `${filter.replace('%ids', `${bind(ids)}::uuid[]`)} AND ${sessionVisibilitySql(actor, bind)}`;
    const rows: SessionRow[] = await this.dataSource.query(selectViews(where, bind(actor.userId)), params);
    const sessions = await this.entitiesOf(rows);
    return rows.map((row) => viewOf(row, sessions));
  }

  private async entitiesOf(rows: readonly SessionRow[]): Promise<Map<string, LiveSessionEntity>> {
    const found = rows.length ? await this.dataSource.getRepository(LiveSessionEntity).findBy(rows.map((row) => ({ id: row.id }))) : [];
    return new Map(found.map((session) => [session.id, session]));
  }
}

/** The counts and the reader's standing (`reader`: the placeholder of their id) of the sessions matching `where`. */
function selectViews(where: string, reader: string): string {
  return `SELECT s.id, (extract(epoch FROM s.starts_at) * 1000000)::bigint::text AS starts_micros,
      (SELECT count(*)::int FROM live_session_registration r WHERE r.session_id = s.id AND r.status = 'REGISTERED') AS registered_count,
      (SELECT count(*)::int FROM live_session_attendance a WHERE a.session_id = s.id) AS attended_count,
      EXISTS (SELECT 1 FROM live_session_registration r WHERE r.session_id = s.id AND r.user_id = ${reader} AND r.status = 'REGISTERED') AS registered,
      EXISTS (SELECT 1 FROM live_session_attendance a WHERE a.session_id = s.id AND a.user_id = ${reader}) AS attended
    FROM live_session s WHERE ${where}`;
}

function viewOf(row: SessionRow, sessions: Map<string, LiveSessionEntity>): LiveSessionView {
  return {
    session: sessions.get(row.id) as LiveSessionEntity,
    registeredCount: row.registered_count,
    attendedCount: row.attended_count,
    viewer: { registered: row.registered, attended: row.attended },
  };
}

/** The cohort must be one the organiser sees, the course must exist. */
async function assertLinksExist(manager: EntityManager, actor: Actor, checked: CheckedLiveSession): Promise<void> {
  if (checked.cohortId !== null) {
    const [cohort]: Array<{ owner_id: string | null; path: string }> = isUuid(checked.cohortId)
      ? await manager.query('SELECT c.owner_id, ou.path FROM cohort c JOIN org_unit ou ON ou.id = c.org_unit_id WHERE c.id = $1', [checked.cohortId])
      : [];
    if (!cohort || !canSeeCohort(actor, { ownerId: cohort.owner_id, orgUnitPath: cohort.path })) throw DomainError.badInput('cohortId', 'liveSessions.cohortNotFound', { id: checked.cohortId });
  }
  if (checked.courseId !== null) {
    const found = isUuid(checked.courseId) && (await manager.query('SELECT 1 FROM course WHERE id = $1', [checked.courseId])).length > 0;
    if (!found) throw DomainError.badInput('courseId', 'liveSessions.courseNotFound', { id: checked.courseId });
  }
}
