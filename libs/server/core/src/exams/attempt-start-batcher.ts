import { type BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AttemptSlot } from './attempt-slot';
import { ExamDeadlineScheduler } from './exam-deadline-scheduler';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { InFlight } from './in-flight';

/** A new attempt to insert: everything `startAttempt` froze for it. */
export interface AttemptInsert {
  examId: string;
  userId: string;
  number: number;
  startedAt: Date;
  timeMultiplier: number;
  deadline: Date | null;
  acceptsUntil: Date | null;
  slots: AttemptSlot[];
  maxPoints: number;
}

/** The row as inserted (`RETURNING *`), or null when the learner had an attempt open already. */
export type InsertedAttemptRow = Record<string, unknown> & { id: string; exam_id: string; user_id: string };

/**
 * New attempts, one row each: a learner who already has one open (the partial unique index) gets no row.
 *
 * Its commit does not wait for the WAL to reach the disk (`synchronous_commit` off for this statement's own
 * transaction): at the synchronised start that flush is most of what a start waits for. Nothing acknowledged can
 * depend on it: every save is committed synchronously, which flushes the WAL up to and including the attempt
 * before the save is answered. Only a crash of PostgreSQL (not a restart) within its WAL writer's delay can lose a
 * start just answered; its taker then presses start again and gets a new attempt, having saved nothing in the lost one.
 */
const INSERT_ATTEMPTS = `
  INSERT INTO exam_attempt (exam_id, user_id, number, state, org_unit_id, started_at, time_multiplier, deadline, accepts_until, slots, max_points)
  SELECT w.exam_id, w.user_id, w.number, 'IN_PROGRESS', u.org_unit_id, w.started_at, w.time_multiplier, w.deadline, w.accepts_until, w.slots, w.max_points
    FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::timestamptz[], $5::real[], $6::timestamptz[], $7::timestamptz[], $8::jsonb[], $9::real[])
         WITH ORDINALITY AS w(exam_id, user_id, number, started_at, time_multiplier, deadline, accepts_until, slots, max_points, position)
    CROSS JOIN (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous_commit
    LEFT JOIN app_user u ON u.id = w.user_id
   ORDER BY w.position
  ON CONFLICT DO NOTHING
  RETURNING *`;

interface Pending {
  insert: AttemptInsert;
  resolve: (row: InsertedAttemptRow | null) => void;
  reject: (error: unknown) => void;
}

const keyOf = (examId: string, userId: string) => `${examId}:${userId}`;

/**
 * Group commit of new attempts, for the synchronised start of an exam: the attempts asked for while the event
 * loop handles one round of requests are inserted by one statement at the end of it (setImmediate), so that
 * they share one commit and one WAL flush instead of each waiting for its own, and their deadline jobs go to
 * Redis in one call once the callers are answered. Nothing waits for a timer: a lone start is inserted in the same round. Each caller is
 * answered once the statement has committed; when it fails, each attempt is inserted alone, so that one
 * learner's failure is theirs only. Two presses of one learner in one round insert one attempt, which both get.
 */
@Injectable()
export class AttemptStartBatcher implements BeforeApplicationShutdown {
  private queue: Pending[] = [];
  private readonly writing = new InFlight();
  private readonly logger = new Logger(AttemptStartBatcher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: ExamDeadlineScheduler,
  ) {}

  insert(insert: AttemptInsert): Promise<InsertedAttemptRow | null> {
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => void this.writing.track(this.flush()));
      this.queue.push({ insert, resolve, reject });
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.writing.settled();
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    let rows: Map<string, InsertedAttemptRow>;
    try {
      rows = await this.insertMany(batch.map((pending) => pending.insert));
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // Alone, each would fail the same way: the database is away, not one attempt at fault.
        for (const { reject } of batch) reject(error);
        return;
      }
      if (batch.length > 1) this.logger.warn(`Inserting ${batch.length} attempts together failed, each is inserted alone: ${(error as Error).message}`);
      await Promise.all(batch.map((pending) => this.insertOne(pending)));
      return;
    }
    // Sent first, but the takers need not wait for Redis: a deadline job that failed is the sweep's to close.
    const scheduled = this.deadlines.schedule([...rows.values()].map(scheduledDeadlineOf));
    for (const { insert, resolve } of batch) resolve(rows.get(keyOf(insert.examId, insert.userId)) ?? null);
    await scheduled;
  }

  private async insertMany(inserts: readonly AttemptInsert[]): Promise<Map<string, InsertedAttemptRow>> {
    const unique = [...new Map(inserts.map((insert) => [keyOf(insert.examId, insert.userId), insert])).values()];
    const column = <T>(pick: (insert: AttemptInsert) => T) => unique.map(pick);
    const rows: InsertedAttemptRow[] = await this.dataSource.query(INSERT_ATTEMPTS, [
      column((insert) => insert.examId),
      column((insert) => insert.userId),
      column((insert) => insert.number),
      column((insert) => insert.startedAt),
      column((insert) => insert.timeMultiplier),
      column((insert) => insert.deadline),
      column((insert) => insert.acceptsUntil),
      column((insert) => JSON.stringify(insert.slots)),
      column((insert) => insert.maxPoints),
    ]);
    return new Map(rows.map((row) => [keyOf(row.exam_id, row.user_id), row]));
  }

  private async insertOne({ insert, resolve, reject }: Pending): Promise<void> {
    try {
      const row = (await this.insertMany([insert])).get(keyOf(insert.examId, insert.userId));
      const scheduled = row ? this.deadlines.schedule([scheduledDeadlineOf(row)]) : undefined;
      resolve(row ?? null);
      await scheduled;
    } catch (error) {
      reject(error);
    }
  }
}

function scheduledDeadlineOf(row: InsertedAttemptRow): { id: string; acceptsUntil: Date | null } {
  const acceptsUntil = row['accepts_until'];
  return { id: row.id, acceptsUntil: acceptsUntil === null || acceptsUntil === undefined ? null : new Date(acceptsUntil as string | Date) };
}
