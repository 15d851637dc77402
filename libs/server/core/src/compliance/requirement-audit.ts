import type { EntityManager } from 'typeorm';

export type RequirementAuditAction = 'CREATED';

/** Records a change to a requirement in the caller's transaction: the trail holds exactly the changes that were made. */
export async function writeRequirementAudit(
  manager: EntityManager,
  entry: { requirementId: string; actorId: string; action: RequirementAuditAction; before: object | null; after: object | null },
): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('writeRequirementAudit must run inside the transaction of the change');
  await manager.query('INSERT INTO requirement_audit (requirement_id, actor_id, action, before, after) VALUES ($1, $2, $3, $4, $5)', [
    entry.requirementId,
    entry.actorId,
    entry.action,
    entry.before === null ? null : JSON.stringify(entry.before),
    entry.after === null ? null : JSON.stringify(entry.after),
  ]);
}
