import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { DomainError } from '../../errors/domain.error';
import { scopedRequirementCte } from '../covered-people-sql';
import { everyRequirementUnitFiguresSql } from '../unit-summary-sql';
import { ComplianceReportScope } from './compliance-report-scope';
import { REPORT_DAY_SQL } from './report-day';

export const TREND_MAX_DAYS = 366;

export interface TrendPoint {
  day: string;
  required: number;
  completed: number;
  overdue: number;
  rate: number | null;
}

/**
 * One row per unit and day of the figures over every requirement, each unit rolled up over its subtree (the trend
 * of the dashboards). Taking it again the same day replaces that day's rows.
 */
@Injectable()
export class ComplianceSnapshotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ComplianceReportScope,
  ) {}

  async take(): Promise<{ day: string; units: number }> {
    const rows: Array<{ day: string }> = await this.dataSource.query(
      `WITH ${scopedRequirementCte('true')},
       per_unit AS (
         SELECT a.unit_id::uuid AS unit_id, sum(f.covered)::int AS required, sum(f.recognised_completed)::int AS completed, sum(f.recognised_overdue)::int AS overdue
         FROM (${everyRequirementUnitFiguresSql('unknown')}) f CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM f.user_path), '/')) AS a(unit_id)
         GROUP BY a.unit_id
       )
       INSERT INTO compliance_snapshot (day, org_unit_id, required, completed, overdue)
       SELECT ${REPORT_DAY_SQL}, unit_id, required, completed, overdue FROM per_unit
       ON CONFLICT (org_unit_id, day) DO UPDATE SET required = EXCLUDED.required, completed = EXCLUDED.completed, overdue = EXCLUDED.overdue, taken_at = now()
       RETURNING to_char(day, 'YYYY-MM-DD') AS day`,
    );
    const [today]: Array<{ day: string }> = await this.dataSource.query(`SELECT to_char(${REPORT_DAY_SQL}, 'YYYY-MM-DD') AS day`);
    return { day: rows[0]?.day ?? today.day, units: rows.length };
  }

  /** The unit's figures of the last `days` days that have a snapshot, oldest first. */
  async trend(actor: Actor, orgUnitId: string | null, days: number): Promise<TrendPoint[]> {
    if (!Number.isInteger(days) || days < 1 || days > TREND_MAX_DAYS) throw DomainError.badInput('days', 'complianceReports.trendDaysInvalid', { max: TREND_MAX_DAYS });
    const unit = await this.scope.unit(actor, orgUnitId);
    const rows: Array<Omit<TrendPoint, 'rate'>> = await this.dataSource.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, required, completed, overdue FROM compliance_snapshot
       WHERE org_unit_id = $1 AND day > ${REPORT_DAY_SQL} - $2::int ORDER BY day`,
      [unit.id, days],
    );
    return rows.map((row) => ({ ...row, rate: row.required === 0 ? null : row.completed / row.required }));
  }
}
