import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { assertCanGovernUnit, assertCanReadCompliance, canGovernPerson } from './compliance-access';
import { scopedRequirementCte } from './covered-people-sql';
import { type PersonRequirementStateRow, type PersonRequirementView, personRequirementViewOf } from './person-requirement-state-sql';
import { currentRequirementStateSql, currentRequirementStatusSql } from './requirement-status-sql';

export const UNIT_PEOPLE_PAGE_LIMIT = 100;

/** What the reader may do to one person's terms of one requirement now. */
export type PersonRequirementAction = 'EXEMPT' | 'REMOVE_EXEMPTION' | 'EXTEND' | 'REMOVE_EXTENSION';

export interface UnitPersonRequirement extends PersonRequirementView {
  fullName: string;
  orgUnitId: string;
  allowedActions: PersonRequirementAction[];
}

export interface UnitPeoplePage {
  totalCount: number;
  items: UnitPersonRequirement[];
}

/**
 * The drill down of a compliance report: the people covered in a unit's subtree, one row per person and
 * requirement (one requirement, or all), with where each stands. Same SQL as the report, so the figures and the
 * list agree; in the order of names, a page at a time.
 */
@Injectable()
export class UnitPeopleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(actor: Actor, query: { orgUnitId: string; requirementId: string | null; offset: number; limit: number }): Promise<UnitPeoplePage> {
    assertCanReadCompliance(actor);
    if (!Number.isInteger(query.limit) || query.limit < 1 || query.limit > UNIT_PEOPLE_PAGE_LIMIT) throw DomainError.badInput('first', 'compliance.pageSizeInvalid', { max: UNIT_PEOPLE_PAGE_LIMIT });
    if (!Number.isInteger(query.offset) || query.offset < 0) throw DomainError.badInput('offset', 'compliance.pageOffsetInvalid');
    const [unit]: Array<{ id: string; path: string }> = isUuid(query.orgUnitId) ? await this.dataSource.query('SELECT id, path FROM org_unit WHERE id = $1', [query.orgUnitId]) : [];
    if (!unit) throw DomainError.notFound('orgUnits.notFound', query.orgUnitId);
    assertCanGovernUnit(actor, unit.path);
    if (query.requirementId !== null) {
      const found = isUuid(query.requirementId) && (await this.dataSource.query('SELECT 1 FROM training_requirement WHERE id = $1', [query.requirementId])).length > 0;
      if (!found) throw DomainError.notFound('compliance.requirementNotFound', query.requirementId);
    }
    const rows: Array<PersonRequirementStateRow & { full_name: string; org_unit_id: string; total_count: number }> = await this.dataSource.query(
      `WITH ${scopedRequirementCte('$2::uuid IS NULL OR r.id = $2::uuid')},
       state AS (${currentRequirementStateSql('$1::text')})
       SELECT st.*, u.full_name, u.org_unit_id, count(*) OVER ()::int AS total_count
       FROM state st JOIN app_user u ON u.id = st.user_id JOIN training_requirement r ON r.id = st.requirement_id
       ORDER BY u.full_name, u.id, r.due_at, r.id
       OFFSET $3 LIMIT $4`,
      [unit.path, query.requirementId, query.offset, query.limit],
    );
    const totalCount = rows[0]?.total_count ?? (query.offset > 0 ? await this.count(unit.path, query.requirementId) : 0);
    return {
      totalCount,
      items: rows.map((row) => {
        const view = personRequirementViewOf(row);
        return { ...view, fullName: row.full_name, orgUnitId: row.org_unit_id, allowedActions: allowedActionsOf(actor, row.user_path, view) };
      }),
    };
  }

  /** A page past the end still says how many there are. */
  private async count(unitPath: string, requirementId: string | null): Promise<number> {
    const [row]: Array<{ n: number }> = await this.dataSource.query(
      `WITH ${scopedRequirementCte('$2::uuid IS NULL OR r.id = $2::uuid')} SELECT count(*)::int AS n FROM (${currentRequirementStatusSql('$1::text')}) c`,
      [unitPath, requirementId],
    );
    return row.n;
  }
}

/** Offered only to who may change the person's terms, and only what makes sense in their state. */
export function allowedActionsOf(actor: Actor, personUnitPath: string, view: PersonRequirementView): PersonRequirementAction[] {
  if (!canGovernPerson(actor, personUnitPath)) return [];
  if (view.state === 'EXEMPT') return ['REMOVE_EXEMPTION'];
  const actions: PersonRequirementAction[] = ['EXEMPT'];
  if (view.state !== 'COMPLETED') actions.push('EXTEND');
  if (view.extended) actions.push('REMOVE_EXTENSION');
  return actions;
}
