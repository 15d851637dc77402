import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Actor, isAdmin, managedPaths } from '../../access/actor';
import { DomainError } from '../../errors/domain.error';
import { assertCanReadSomeReport, assertCanReadUnitReport, canGovernUnit } from '../compliance-access';

export interface ReportUnit {
  id: string;
  path: string;
}

/**
 * The unit a compliance report is asked for, once the actor may read it: administrators anywhere, unit managers in
 * their subtree, experts in the subtree of the unit they are experts of (while still its members). `orgUnitId`
 * null is the oldest top-level unit for administrators, the managed unit for a manager, the expert's unit for them.
 */
@Injectable()
export class ComplianceReportScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async unit(actor: Actor, orgUnitId: string | null): Promise<ReportUnit> {
    // Who governs units is known from the grants; the experts' units are looked up only when they decide.
    const governsSome = isAdmin(actor) || managedPaths(actor).length > 0;
    let expertUnits = governsSome ? null : await this.expertUnitsOf(actor);
    assertCanReadSomeReport(actor, (expertUnits ?? []).map((unit) => unit.path));
    const unit = orgUnitId !== null ? await this.named(orgUnitId) : await this.defaultUnit(actor, expertUnits ?? []);
    if (!canGovernUnit(actor, unit.path)) expertUnits ??= await this.expertUnitsOf(actor);
    assertCanReadUnitReport(actor, unit.path, (expertUnits ?? []).map((expertUnit) => expertUnit.path));
    return unit;
  }

  /** The units the actor is an expert of and still a member of. */
  async expertUnitsOf(actor: Actor): Promise<ReportUnit[]> {
    return this.dataSource.query(
      `SELECT ou.id, ou.path FROM unit_expert ue JOIN app_user u ON u.id = ue.user_id AND u.org_unit_id = ue.org_unit_id
       JOIN org_unit ou ON ou.id = ue.org_unit_id WHERE ue.user_id = $1 ORDER BY ou.path`,
      [actor.userId],
    );
  }

  private async named(orgUnitId: string): Promise<ReportUnit> {
    const [unit]: ReportUnit[] = isUuid(orgUnitId) ? await this.dataSource.query('SELECT id, path FROM org_unit WHERE id = $1', [orgUnitId]) : [];
    if (!unit) throw DomainError.notFound('orgUnits.notFound', orgUnitId);
    return unit;
  }

  private async defaultUnit(actor: Actor, expertUnits: ReportUnit[]): Promise<ReportUnit> {
    const grant = actor.grants.find((candidate) => candidate.role === 'UNIT_MANAGER' && candidate.orgUnitId !== null);
    const [unit]: ReportUnit[] = isAdmin(actor)
      ? await this.dataSource.query('SELECT id, path FROM org_unit WHERE parent_id IS NULL ORDER BY created_at, id LIMIT 1')
      : grant
        ? await this.dataSource.query('SELECT id, path FROM org_unit WHERE id = $1', [grant.orgUnitId])
        : expertUnits;
    if (!unit) throw DomainError.notFound('compliance.noRootUnit', '');
    return unit;
  }
}
