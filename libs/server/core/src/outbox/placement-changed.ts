import type { EntityManager } from 'typeorm';
import { writeOutbox } from './outbox-writer';
import { OUTBOX_TOPICS, type PlacementChangedPayload } from './outbox-topics';

/**
 * Announces, in the caller's transaction, that these people joined, moved between units or changed audience: the
 * relay hands it to the coverage job, which re-evaluates their training requirements (the periodic run remains
 * the safety net).
 */
export async function writePlacementChanged(manager: EntityManager, aggregateId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const payload: PlacementChangedPayload = { userIds: [...userIds], changedAt: new Date().toISOString() };
  await writeOutbox(manager, OUTBOX_TOPICS.placementChanged, aggregateId, payload);
}
