import { isUuid } from '@hocso/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { DomainError } from '../errors/domain.error';
import { assertCanGovernPerson, assertCanReadCompliance } from './compliance-access';
import { coveredPeopleSql, scopedRequirementCte } from './covered-people-sql';
import { type PersonRequirementStateRow, PERSON_REQUIREMENT_STATE_SQL, type PersonRequirementView, personRequirementViewOf } from './person-requirement-state-sql';
import { writeRequirementAudit } from './requirement-audit';
import { checkExceptionReason, checkExtensionDueAt } from './requirement-exception-rules';

export interface ExemptionCommand {
  requirementId: string;
  userId: string;
  reason: string;
}

export interface ExtensionCommand extends ExemptionCommand {
  dueAt: Date;
}

/**
 * Exemptions and extensions of one person's due date, by whoever governs the person's unit (administrators, their
 * unit managers). Each change, and its removal, is in the requirement's audit trail in the same transaction, with the
 * terms before and after. Granting needs the person covered now; removing does not (they may have moved away).
 */
@Injectable()
export class RequirementExceptionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async exempt(actor: Actor, command: ExemptionCommand): Promise<PersonRequirementView> {
    assertCanReadCompliance(actor);
    const reason = checkExceptionReason(command.reason);
    return this.dataSource.transaction(async (manager) => {
      await this.lockGovernedPerson(manager, actor, command);
      await this.coveredStatusOrFail(manager, command);
      const before = await exemptionOf(manager, command);
      await manager.query(
        `INSERT INTO requirement_exemption (requirement_id, user_id, reason, granted_by_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (requirement_id, user_id) DO UPDATE SET reason = EXCLUDED.reason, granted_by_id = EXCLUDED.granted_by_id, granted_at = now()`,
        [command.requirementId, command.userId, reason, actor.userId],
      );
      await writeRequirementAudit(manager, { ...this.auditKey(actor, command), action: 'EXEMPTED', before, after: { reason } });
      return personRequirementViewOf(await this.coveredStatusOrFail(manager, command));
    });
  }

  async removeExemption(actor: Actor, requirementId: string, userId: string): Promise<boolean> {
    assertCanReadCompliance(actor);
    return this.dataSource.transaction(async (manager) => {
      await this.lockGovernedPerson(manager, actor, { requirementId, userId });
      const before = await exemptionOf(manager, { requirementId, userId });
      if (!before) throw DomainError.badInput('userId', 'compliance.exemptionNotFound');
      await manager.query('DELETE FROM requirement_exemption WHERE requirement_id = $1 AND user_id = $2', [requirementId, userId]);
      await writeRequirementAudit(manager, { ...this.auditKey(actor, { requirementId, userId }), action: 'EXEMPTION_REMOVED', before, after: null });
      return true;
    });
  }

  async extend(actor: Actor, command: ExtensionCommand): Promise<PersonRequirementView> {
    assertCanReadCompliance(actor);
    const reason = checkExceptionReason(command.reason);
    return this.dataSource.transaction(async (manager) => {
      await this.lockGovernedPerson(manager, actor, command);
      const status = await this.coveredStatusOrFail(manager, command);
      const dueAt = checkExtensionDueAt(command.dueAt, status.base_due_at, new Date());
      const before = await extensionOf(manager, command);
      await manager.query(
        `INSERT INTO requirement_extension (requirement_id, user_id, due_at, reason, granted_by_id) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (requirement_id, user_id) DO UPDATE SET due_at = EXCLUDED.due_at, reason = EXCLUDED.reason, granted_by_id = EXCLUDED.granted_by_id, granted_at = now()`,
        [command.requirementId, command.userId, dueAt, reason, actor.userId],
      );
      await writeRequirementAudit(manager, {
        ...this.auditKey(actor, command),
        action: 'EXTENDED',
        before: before ?? { dueAt: status.base_due_at.toISOString() },
        after: { dueAt: dueAt.toISOString(), reason },
      });
      return personRequirementViewOf(await this.coveredStatusOrFail(manager, command));
    });
  }

  async removeExtension(actor: Actor, requirementId: string, userId: string): Promise<boolean> {
    assertCanReadCompliance(actor);
    return this.dataSource.transaction(async (manager) => {
      await this.lockGovernedPerson(manager, actor, { requirementId, userId });
      const before = await extensionOf(manager, { requirementId, userId });
      if (!before) throw DomainError.badInput('userId', 'compliance.extensionNotFound');
      await manager.query('DELETE FROM requirement_extension WHERE requirement_id = $1 AND user_id = $2', [requirementId, userId]);
      await writeRequirementAudit(manager, { ...this.auditKey(actor, { requirementId, userId }), action: 'EXTENSION_REMOVED', before, after: null });
      return true;
    });
  }

  private auditKey(actor: Actor, key: { requirementId: string; userId: string }) {
    return { requirementId: key.requirementId, userId: key.userId, actorId: actor.userId };
  }

  /**
   * The requirement must exist and the actor govern the person's unit. The person's row is locked so that two
   * changes to their terms take turns (each audit entry's "before" is then what the other left).
   */
  private async lockGovernedPerson(manager: EntityManager, actor: Actor, key: { requirementId: string; userId: string }): Promise<void> {
    const found = isUuid(key.requirementId) && (await manager.query('SELECT 1 FROM training_requirement WHERE id = $1', [key.requirementId])).length > 0;
    if (!found) throw DomainError.notFound('compliance.requirementNotFound', key.requirementId);
    // NO KEY UPDATE: two changes to one person's terms take turns, while the worker storing the person's standing
    // (whose rows reference the person, taking KEY SHARE) is not held up, and no deadlock forms with it.
    const [person]: Array<{ path: string | null }> = isUuid(key.userId)
      ? await manager.query('SELECT ou.path FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id WHERE u.id = $1 FOR NO KEY UPDATE OF u', [key.userId])
      : [];
    if (!person) throw DomainError.badInput('userId', 'compliance.userNotFound', { id: key.userId });
    assertCanGovernPerson(actor, person.path);
  }

  private async coveredStatusOrFail(manager: EntityManager, key: { requirementId: string; userId: string }): Promise<PersonRequirementStateRow> {
    const [row]: PersonRequirementStateRow[] = await manager.query(
      `WITH ${scopedRequirementCte('r.id = $1')}, covered AS (SELECT * FROM (${coveredPeopleSql()}) c WHERE c.user_id = $2)
       ${PERSON_REQUIREMENT_STATE_SQL}`,
      [key.requirementId, key.userId],
    );
    if (!row) throw DomainError.badInput('userId', 'compliance.personNotCovered');
    return row;
  }
}

async function exemptionOf(manager: EntityManager, key: { requirementId: string; userId: string }): Promise<{ reason: string } | null> {
  const [row]: Array<{ reason: string }> = await manager.query('SELECT reason FROM requirement_exemption WHERE requirement_id = $1 AND user_id = $2', [key.requirementId, key.userId]);
  return row ? { reason: row.reason } : null;
}

async function extensionOf(manager: EntityManager, key: { requirementId: string; userId: string }): Promise<{ dueAt: string; reason: string } | null> {
  const [row]: Array<{ due_at: Date; reason: string }> = await manager.query('SELECT due_at, reason FROM requirement_extension WHERE requirement_id = $1 AND user_id = $2', [
    key.requirementId,
    key.userId,
  ]);
  return row ? { dueAt: row.due_at.toISOString(), reason: row.reason } : null;
}
