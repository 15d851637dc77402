import { isUuid } from '@hocso/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain.error';

/** The materialised path of a unit the caller named (a subtree filter), or NOT_FOUND. */
export async function orgUnitPathOrFail(manager: EntityManager, orgUnitId: string): Promise<string> {
  const [unit]: Array<{ path: string }> = isUuid(orgUnitId) ? await manager.query('SELECT path FROM org_unit WHERE id = $1', [orgUnitId]) : [];
  if (!unit) throw DomainError.notFound('orgUnits.notFound', orgUnitId);
  return unit.path;
}
