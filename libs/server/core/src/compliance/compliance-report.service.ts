import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { scopedRequirementCte } from './covered-people-sql';
import { readEveryRequirementFigures } from './unit-summary-sql';
import { currentRequirementStatusSql } from './requirement-status-sql';
import { inVietnameseOrder } from '../database/vietnamese-order';
import { ComplianceReportScope } from './reports/compliance-report-scope';

export interface ComplianceFigures {
  orgUnitId: string;
  required: number;
  completed: number;
  overdue: number;
  /** completed / required; null when nobody is required. */
  rate: number | null;
}

export interface ComplianceReportView {
  total: ComplianceFigures;
  rows: ComplianceFigures[];
}

/** What each person a single requirement binds under the unit path `$2` counts for (one standing each), by unit path. */
const ONE_REQUIREMENT_COUNTS_SQL = `
  SELECT user_path, 1 AS required, met::int AS completed, (NOT met AND due_at < now())::int AS overdue
  FROM (${currentRequirementStatusSql('$2::text')}) s WHERE NOT exempt`;

/**
 * Who has met their requirements, by org unit: the unit asked for, rolled up over its subtree, and one row per
 * child unit. Over all requirements together a person counts completed when every requirement covering them is met,
 * and overdue when one they have not met is past its due date.
 */
@Injectable()
export class ComplianceReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ComplianceReportScope,
  ) {}

  /** `orgUnitId` null: the top of the tree for administrators, a unit manager's own unit for them, an expert's unit for them. */
  async report(actor: Actor, requirementId: string | null, orgUnitId: string | null): Promise<ComplianceReportView> {
    const unit = await this.scope.unit(actor, orgUnitId);
    if (requirementId !== null) await this.assertRequirementExists(requirementId);
    // The unit's path is given as a value, not a sub-select, so the planner can estimate the rows under it.
    const figuresOfUnits = (counted: string) => `
       WITH ${requirementId === null ? scopedRequirementCte('true') : scopedRequirementCte('r.id = $3::uuid')},
       counted AS (${counted}),
       figures AS (
         SELECT child_id, GROUPING(child_id) = 1 AS is_total, sum(required)::int AS required, sum(completed)::int AS completed, sum(overdue)::int AS overdue
         FROM (SELECT nullif(split_part(substr(c.user_path, length($2::text) + 1), '/', 1), '') AS child_id, c.required, c.completed, c.overdue
               FROM (SELECT user_path, sum(required) AS required, sum(completed) AS completed, sum(overdue) AS overdue FROM counted GROUP BY user_path) c) placed
         GROUP BY GROUPING SETS ((child_id), ())
       )
       SELECT $1::uuid AS org_unit_id, true AS is_total, '' AS name, coalesce(f.required, 0) AS required, coalesce(f.completed, 0) AS completed, coalesce(f.overdue, 0) AS overdue
         FROM (SELECT 1) one LEFT JOIN figures f ON f.is_total
       UNION ALL
       SELECT c.id, false, ${inVietnameseOrder('c.name')}, coalesce(f.required, 0), coalesce(f.completed, 0), coalesce(f.overdue, 0)
         FROM org_unit c LEFT JOIN figures f ON NOT f.is_total AND f.child_id = c.id::text
         WHERE c.parent_id = $1
       ORDER BY is_total DESC, name, org_unit_id`;
    const rows: FigureRow[] =
      requirementId === null
        ? await readEveryRequirementFigures(this.dataSource, (manager, unitFigures) =>
            manager.query(figuresOfUnits(`SELECT user_path, required, completed, overdue FROM (${unitFigures('$2::text')}) f`), [unit.id, unit.path]),
          )
        : await this.dataSource.query(figuresOfUnits(ONE_REQUIREMENT_COUNTS_SQL), [unit.id, unit.path, requirementId]);
    const [total, ...children] = rows.map(figuresOf);
    return { total, rows: children };
  }

  private async assertRequirementExists(requirementId: string): Promise<void> {
    const found = isUuid(requirementId) && (await this.dataSource.query('SELECT 1 FROM training_requirement WHERE id = $1', [requirementId])).length > 0;
    if (!found) throw DomainError.notFound('compliance.requirementNotFound', requirementId);
  }
}

interface FigureRow {
  org_unit_id: string;
  is_total: boolean;
  required: number;
  completed: number;
  overdue: number;
}

function figuresOf(row: FigureRow): ComplianceFigures {
  return { orgUnitId: row.org_unit_id, required: row.required, completed: row.completed, overdue: row.overdue, rate: row.required === 0 ? null : row.completed / row.required };
}
