import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, isAdmin } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { orgUnitPathOrFail } from '../org-units/org-unit-path';
import { TrackEntity } from '../tracks/track.entity';
import { assertCanGovernUnit, assertCanReadCompliance, requirementListVisibility } from './compliance-access';
import { expertUnitPaths } from '../cohorts/cohort-experts';
import { coveredPeopleSql, scopedRequirementCte } from './covered-people-sql';
import { writeRequirementAudit } from './requirement-audit';
import { RequirementCoverageScheduler } from './requirement-coverage-scheduler';
import { type CheckedRequirement, checkRequirementCommand, type TrainingRequirementCommand } from './training-requirement-rules';
import type { TrainingRequirementView } from './training-requirement-view';
import { TrainingRequirementEntity } from './training-requirement.entity';

/** The most requirements one list answers. */
export const REQUIREMENT_LIST_LIMIT = 500;

/** Training requirements: creating them (with their audit trail) and listing them with the people they cover. */
@Injectable()
export class TrainingRequirementService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly coverage: RequirementCoverageScheduler,
  ) {}

  /** Administrators anywhere, unit managers inside their subtree; the worker then enrols the people it covers. */
  async create(actor: Actor, command: TrainingRequirementCommand): Promise<TrainingRequirementView> {
    assertCanReadCompliance(actor);
    const checked = checkRequirementCommand(command, new Date());
    const id = await this.dataSource.transaction(async (manager) => {
      assertCanGovernUnit(actor, await orgUnitPathOrFail(manager, checked.orgUnitId));
      const target = await resolveTarget(manager, checked);
      const requirement = await manager.save(
        manager.create(TrainingRequirementEntity, {
          title: checked.title,
          orgUnitId: checked.orgUnitId,
          audiences: checked.audiences,
          ...target,
          dueAt: checked.dueAt,
          dueWithinDays: checked.dueWithinDays,
          recurrenceMonths: checked.recurrenceMonths,
          renewalWindowDays: checked.renewalWindowDays,
          createdById: actor.userId,
        }),
      );
      await writeRequirementAudit(manager, { requirementId: requirement.id, actorId: actor.userId, action: 'CREATED', before: null, after: auditedFields(requirement) });
      return requirement.id;
    });
    await this.coverage.schedule(id);
    const [view] = await this.viewsOf(await this.dataSource.getRepository(TrainingRequirementEntity).findBy({ id }));
    return view;
  }

  /**
   * Administrators: every requirement; unit managers and a unit's experts: those set above or inside their subtree
   * (they cover its people).
   */
  async list(actor: Actor): Promise<TrainingRequirementView[]> {
    const paths = requirementListVisibility(actor, isAdmin(actor) ? [] : await expertUnitPaths(this.dataSource.manager, actor.userId));
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT r.id FROM training_requirement r JOIN org_unit s ON s.id = r.org_unit_id
       WHERE $1::text[] IS NULL OR EXISTS (SELECT 1 FROM unnest($1::text[]) AS m(path) WHERE s.path LIKE m.path || '%' OR m.path LIKE s.path || '%')
       ORDER BY r.due_at, r.created_at, r.id LIMIT ${REQUIREMENT_LIST_LIMIT}`,
      [paths],
    );
    if (rows.length === 0) return [];
    const found = await this.dataSource.getRepository(TrainingRequirementEntity).findBy({ id: In(rows.map((row) => row.id)) });
    const byId = new Map(found.map((requirement) => [requirement.id, requirement]));
    return this.viewsOf(rows.map((row) => byId.get(row.id) as TrainingRequirementEntity));
  }

  /** Their tracks and the people each covers now, in two queries whatever the number of requirements. */
  private async viewsOf(requirements: TrainingRequirementEntity[]): Promise<TrainingRequirementView[]> {
    const trackIds = [...new Set(requirements.flatMap((requirement) => (requirement.trackId ? [requirement.trackId] : [])))];
    const tracks = trackIds.length ? await this.dataSource.getRepository(TrackEntity).findBy({ id: In(trackIds) }) : [];
    const counts: Array<{ requirement_id: string; n: number }> = await this.dataSource.query(
      `WITH ${scopedRequirementCte('r.id = ANY ($1::uuid[])')}, covered AS (${coveredPeopleSql()})
       SELECT requirement_id, count(*)::int AS n FROM covered GROUP BY requirement_id`,
      [requirements.map((requirement) => requirement.id)],
    );
    const countOf = new Map(counts.map((row) => [row.requirement_id, row.n]));
    return requirements.map((requirement) => ({
      requirement,
      track: tracks.find((track) => track.id === requirement.trackId) ?? null,
      assignedCount: countOf.get(requirement.id) ?? 0,
    }));
  }
}

/** The course or track the command names, which must exist and be something people can complete. */
async function resolveTarget(manager: EntityManager, checked: CheckedRequirement): Promise<Pick<TrainingRequirementEntity, 'courseId' | 'trackId' | 'hours'>> {
  const target = checked.target;
  if (target.kind === 'hours') return { courseId: null, trackId: null, hours: target.hours.toFixed(2) };
  if (target.kind === 'course') {
    const [course]: Array<{ status: string }> = isUuid(target.courseId) ? await manager.query('SELECT status FROM course WHERE id = $1', [target.courseId]) : [];
    if (!course) throw DomainError.badInput('courseId', 'compliance.courseNotFound', { id: target.courseId });
    if (course.status !== 'PUBLISHED') throw DomainError.badInput('courseId', 'compliance.courseNotPublished');
    return { courseId: target.courseId, trackId: null, hours: null };
  }
  const [track]: Array<{ id: string; mandatory: number }> = await manager.query(
    `SELECT t.id, (SELECT count(*)::int FROM course_track ct WHERE ct.track_id = t.id AND ct.mandatory) AS mandatory FROM track t WHERE t.code = lower($1)`,
    [target.trackCode],
  );
  if (!track) throw DomainError.badInput('trackCode', 'compliance.trackNotFound', { code: target.trackCode });
  if (track.mandatory === 0) throw DomainError.badInput('trackCode', 'compliance.trackWithoutMandatoryCourses', { code: target.trackCode });
  return { courseId: null, trackId: track.id, hours: null };
}

function auditedFields(requirement: TrainingRequirementEntity): Record<string, unknown> {
  const { id, title, orgUnitId, audiences, courseId, trackId, hours, dueAt, dueWithinDays, recurrenceMonths, renewalWindowDays } = requirement;
  return { id, title, orgUnitId, audiences, courseId, trackId, hours, dueAt, dueWithinDays, recurrenceMonths, renewalWindowDays };
}
