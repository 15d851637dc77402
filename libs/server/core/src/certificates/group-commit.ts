import { Logger } from '@nestjs/common';
import { isDatabaseUnavailable } from '../database/database-unavailable';

interface Pending<I, R> {
  item: I;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit of one kind of write: the items asked for while a batch is being written go together into the
 * next one, so that one transaction (and one WAL flush) serves them all; an idle batcher writes an item in the
 * same round of the event loop, so nothing waits for a timer. When a batch fails, each of its items is written
 * alone, so that one item's failure is its own; when the database is away, every caller gets that error.
 */
export class GroupCommit<I, R> {
  private queue: Array<Pending<I, R>> = [];
  private writing?: Promise<void>;
  private readonly logger: Logger;

  /** `write` answers one result per item, in the order of the items. */
  constructor(
    name: string,
    private readonly write: (items: I[]) => Promise<R[]>,
    private readonly maxBatch = 100,
  ) {
    this.logger = new Logger(name);
  }

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.writing) this.writing = new Promise<void>((started) => setImmediate(started)).then(() => this.drain());
    });
  }

  /** Resolves once everything submitted so far is written (or failed). */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.slice(0, this.maxBatch);
        this.queue = this.queue.slice(batch.length);
        await this.writeBatch(batch);
      }
    } finally {
      this.writing = undefined;
    }
  }

  private async writeBatch(batch: Array<Pending<I, R>>): Promise<void> {
    try {
      const results = await this.write(batch.map((pending) => pending.item));
      batch.forEach((pending, index) => pending.resolve(results[index] as R));
      return;
    } catch (error) {
      // Alone, each would fail the same way: the database is away, not one item at fault.
      if (batch.length === 1 || isDatabaseUnavailable(error)) {
        for (const { reject } of batch) reject(error);
        return;
      }
      this.logger.warn(`Writing ${batch.length} together failed, each is written alone: ${(error as Error).message}`);
    }
    for (const pending of batch) await this.writeBatch([pending]);
  }
}
