import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { scopedRequirementCte } from './covered-people-sql';
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
    const rows: Array<{ org_unit_id: string; is_total: boolean; required: number; completed: number; overdue: number }> = await this.dataSource.query(
      `WITH target AS (SELECT id, path FROM org_unit WHERE id = $1),
       ${scopedRequirementCte('$2::uuid IS NULL OR r.id = $2::uuid')},
       status AS (${currentRequirementStatusSql('(SELECT path FROM target)')}),
       person AS (
         SELECT user_id, min(user_path) AS user_path, bool_and(met) AS completed, bool_or(NOT met AND due_at < now()) AS overdue
         FROM status WHERE NOT exempt GROUP BY user_id
       ),
       figures AS (
         SELECT child_id, GROUPING(child_id) = 1 AS is_total, count(*)::int AS required,
           (count(*) FILTER (WHERE completed))::int AS completed, (count(*) FILTER (WHERE overdue))::int AS overdue
         FROM (SELECT nullif(split_part(substr(p.user_path, length(t.path) + 1), '/', 1), '') AS child_id, p.completed, p.overdue FROM person p CROSS JOIN target t) placed
         GROUP BY GROUPING SETS ((child_id), ())
       )
       SELECT $1::uuid AS org_unit_id, true AS is_total, '' AS name, coalesce(f.required, 0) AS required, coalesce(f.completed, 0) AS completed, coalesce(f.overdue, 0) AS overdue
         FROM (SELECT 1) one LEFT JOIN figures f ON f.is_total
       UNION ALL
       SELECT c.id, false, ${inVietnameseOrder('c.name')}, coalesce(f.required, 0), coalesce(f.completed, 0), coalesce(f.overdue, 0)
         FROM org_unit c LEFT JOIN figures f ON NOT f.is_total AND f.child_id = c.id::text
         WHERE c.parent_id = $1
       ORDER BY is_total DESC, name, org_unit_id`,
      [unit.id, requirementId],
    );
    const [total, ...children] = rows.map(figuresOf);
    return { total, rows: children };
  }

  private async assertRequirementExists(requirementId: string): Promise<void> {
    const found = isUuid(requirementId) && (await this.dataSource.query('SELECT 1 FROM training_requirement WHERE id = $1', [requirementId])).length > 0;
    if (!found) throw DomainError.notFound('compliance.requirementNotFound', requirementId);
  }
}

function figuresOf(row: { org_unit_id: string; required: number; completed: number; overdue: number }): ComplianceFigures {
  return { orgUnitId: row.org_unit_id, required: row.required, completed: row.completed, overdue: row.overdue, rate: row.required === 0 ? null : row.completed / row.required };
}
