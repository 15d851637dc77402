import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import { DomainError } from '../../errors/domain.error';
import { scopedRequirementCte } from '../covered-people-sql';
import { ComplianceReportScope } from './compliance-report-scope';
import { assertRequirementExists } from './level-report.service';
import { recognisedStatusSql } from './recognised-status-sql';
import { REPORT_DAY_SQL, REPORT_TIME_ZONE, secondsUntilNextReportDay } from './report-day';

export interface ReminderOutcome {
  remindedCount: number;
  sentAt: Date;
}

/**
 * Reminds the people of a unit's subtree who have not met a requirement, by an in-app notification each: whoever
 * may read the unit's report (its experts too), at most once per unit, requirement and day.
 */
@Injectable()
export class ComplianceReminderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ComplianceReportScope,
  ) {}

  async remind(actor: Actor, orgUnitId: string, requirementId: string): Promise<ReminderOutcome> {
    const unit = await this.scope.unit(actor, orgUnitId);
    await assertRequirementExists(this.dataSource, requirementId);
    return this.dataSource.transaction(async (manager) => {
      const [claimed]: Array<{ sent_at: Date }> = await manager.query(
        `INSERT INTO compliance_reminder (org_unit_id, requirement_id, day, sent_by_id, recipients) VALUES ($1, $2, ${REPORT_DAY_SQL}, $3, 0)
         ON CONFLICT DO NOTHING RETURNING sent_at`,
        [unit.id, requirementId, actor.userId],
      );
      if (!claimed) throw DomainError.tooManyRequests('complianceReports.alreadyReminded', secondsUntilNextReportDay());
      const [{ count }]: Array<{ count: number }> = await manager.query(
        `WITH ${scopedRequirementCte('r.id = $2')},
         status AS (${recognisedStatusSql('$1::text')}),
         sent AS (
           INSERT INTO notification (user_id, kind, params)
           SELECT s.user_id, 'compliance.reminder', jsonb_build_object(
             'requirementTitle', r.title, 'dueOn', to_char(s.due_at AT TIME ZONE '${REPORT_TIME_ZONE}', 'DD/MM/YYYY'), 'unitName', (SELECT name FROM org_unit WHERE id = $3))
           FROM status s JOIN training_requirement r ON r.id = s.requirement_id
           WHERE NOT s.met
           RETURNING 1
         )
         SELECT count(*)::int AS count FROM sent`,
        [unit.path, requirementId, unit.id],
      );
      await manager.query('UPDATE compliance_reminder SET recipients = $3 WHERE org_unit_id = $1 AND requirement_id = $2 AND sent_at = $4', [unit.id, requirementId, count, claimed.sent_at]);
      return { remindedCount: count, sentAt: claimed.sent_at };
    });
  }
}
