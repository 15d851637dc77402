import type { EntityManager } from 'typeorm';

export type RequirementAuditAction = 'CREATED' | 'EXEMPTED' | 'EXEMPTION_REMOVED' | 'EXTENDED' | 'EXTENSION_REMOVED' | 'COMPLETION_RECORDED' | 'RENEWAL_RECORDED';

/**
 * Records a change to a requirement, or to one person's terms of it (`userId`), in the caller's transaction:
 * the trail holds exactly the changes that were made.
 */
export async function writeRequirementAudit(
  manager: EntityManager,
  entry: { requirementId: string; actorId: string; action: RequirementAuditAction; before: object | null; after: object | null; userId?: string },
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('writeRequirementAudit must run inside the transaction of the change');
  await manager.query('INSERT INTO requirement_audit (requirement_id, actor_id, action, before, after, user_id) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.requirementId,
    entry.actorId,
    entry.action,
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
    entry.userId ?? null,
  ]);
}
