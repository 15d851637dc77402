import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QueueName } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { OUTBOX_ROUTES } from './outbox-routes';
import type { OutboxTopic } from './outbox-topics';

/** Rows one relay transaction claims at most. */
export const OUTBOX_RELAY_BATCH = 200;

interface ClaimedRow {
  id: string;
  topic: OutboxTopic;
  aggregate_id: string;
  payload: Record<string, unknown>;
}

/**
 * Moves outbox rows onto their queues. A batch is claimed with FOR UPDATE SKIP LOCKED (several workers relay
 * side by side without taking the same rows), enqueued with deterministic job ids, then marked published in
 * the same transaction. Should the transaction fail after the enqueue, the rows are enqueued again under the
 * same job ids, which BullMQ ignores while the first jobs are kept.
 */
@Injectable()
export class OutboxRelayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Relays one batch; answers how many rows it published. */
  relayBatch(limit = OUTBOX_RELAY_BATCH): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id, topic, aggregate_id, payload FROM outbox WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      )) as ClaimedRow[];
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, ClaimedRow[]>();
      for (const row of rows) {
        const queue = OUTBOX_ROUTES[row.topic].queue;
        byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
      }
      for (const [queueName, queued] of byQueue) {
        await this.queue(queueName).addBulk(
          queued.map((row) => {
            const route = OUTBOX_ROUTES[row.topic];
            return { name: route.jobName, data: route.data(row.aggregate_id, row.payload), opts: { jobId: route.jobId(row.aggregate_id, row.payload) } };
          }),
        );
      }
      await manager.query('UPDATE outbox SET published_at = now() WHERE id = ANY($1::bigint[])', [rows.map((row) => row.id)]);
      return rows.length;
    });
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
