import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { DomainError } from '../../errors/domain.error';
import { scopedRequirementCte } from '../covered-people-sql';
import { readEveryRequirementFigures } from '../unit-summary-sql';
import { type ComplianceLevel, LEVEL_BOUNDS, PLACED_COUNTS_SQL } from './compliance-level';
import { ComplianceReportScope, type ReportUnit } from './compliance-report-scope';
import { recognisedStatusSql } from './recognised-status-sql';

export interface LevelFigures {
  level: Omit<ComplianceLevel, 'unitKinds' | 'positionPattern' | 'sortOrder'>;
  required: number;
  completed: number;
  rate: number | null;
}

export interface LevelReportView {
  orgUnitId: string;
  /** Everyone placed in a level. */
  total: { required: number; completed: number; rate: number | null };
  rows: LevelFigures[];
}

/**
 * The plan's table: for each level, the people covered (by the requirement, or by any) in the unit's subtree who are
 * placed in it, and those of them who hold the qualification (recognisedStatusSql: a HocSo completion, or
 * recognised external certificates' hours). People placed in no level are left out.
 */
@Injectable()
export class LevelReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ComplianceReportScope,
  ) {}

  async report(actor: Actor, requirementId: string | null, orgUnitId: string | null): Promise<LevelReportView> {
    const unit = await this.scope.unit(actor, orgUnitId);
    if (requirementId !== null) await assertRequirementExists(this.dataSource, requirementId);
    return this.reportOf(unit, requirementId);
  }

  async reportOf(unit: ReportUnit, requirementId: string | null): Promise<LevelReportView> {
    const levelsOf = (counted: string) => `
       WITH ${scopedRequirementCte(requirementId === null ? 'true' : 'r.id = $2::uuid')},
       counted AS (${counted}),
       placed AS (${PLACED_COUNTS_SQL})
       SELECT l.code, l.name_vi AS "nameVi", l.name_en AS "nameEn", coalesce(sum(p.required), 0)::int AS required, coalesce(sum(p.completed), 0)::int AS completed
       FROM compliance_level l LEFT JOIN placed p ON p.level_code = l.code
       GROUP BY l.code ORDER BY min(l.sort_order), l.code LIMIT ${LEVEL_BOUNDS.levels}`;
    const rows: Array<{ code: string; nameVi: string; nameEn: string; required: number; completed: number }> =
      requirementId === null
        ? await readEveryRequirementFigures(this.dataSource, (manager, unitFigures) =>
            manager.query(levelsOf(`SELECT user_path, position, covered AS required, recognised_completed AS completed FROM (${unitFigures('$1::text')}) f`), [unit.path]),
          )
        : await this.dataSource.query(
            levelsOf(`SELECT s.user_path, coalesce(u.position, '') AS position, 1 AS required, s.met::int AS completed FROM (${recognisedStatusSql('$1::text')}) s JOIN app_user u ON u.id = s.user_id`),
            [unit.path, requirementId],
          );
    const required = rows.reduce((sum, row) => sum + row.required, 0);
    const completed = rows.reduce((sum, row) => sum + row.completed, 0);
    return {
      orgUnitId: unit.id,
      total: { required, completed, rate: rateOf(completed, required) },
      rows: rows.map((row) => ({ level: { code: row.code, nameVi: row.nameVi, nameEn: row.nameEn }, required: row.required, completed: row.completed, rate: rateOf(row.completed, row.required) })),
    };
  }
}

export function rateOf(completed: number, required: number): number | null {
  return required === 0 ? null : completed / required;
}

export async function assertRequirementExists(dataSource: DataSource, requirementId: string): Promise<void> {
  const found = isUuid(requirementId) && (await dataSource.query('SELECT 1 FROM training_requirement WHERE id = $1', [requirementId])).length > 0;
  if (!found) throw DomainError.notFound('compliance.requirementNotFound', requirementId);
}
