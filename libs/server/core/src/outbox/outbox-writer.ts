import type { EntityManager } from 'typeorm';
import type { OutboxTopic } from './outbox-topics';

/** Records an event in the caller's transaction: it exists exactly when the change it announces does. */
export async function writeOutbox(manager: EntityManager, topic: OutboxTopic, aggregateId: string, payload: object): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) throw new Error('writeOutbox must run inside the transaction of the change');
  await manager.query('INSERT INTO outbox (topic, aggregate_id, payload) VALUES ($1, $2, $3)', [topic, aggregateId, JSON.stringify(payload)]);
}
