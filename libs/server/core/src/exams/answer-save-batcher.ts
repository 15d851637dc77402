import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import type { AnswerResponse } from './answer-response';
import { InFlight } from './in-flight';
import { responseFitsSlot, slotGuardParameters, type SlotGuard } from './response-fits-slot';

/** One save to write: the caller, the attempt and slot, the client's sequence, the response and its guard. */
export interface AnswerWrite {
  attemptId: string;
  userId: string;
  clientSeq: number;
  response: AnswerResponse;
  guard: SlotGuard;
}

/** An answer as stored after a write. */
export interface StoredAnswerRow {
  slot: number;
  client_seq: number;
  response: AnswerResponse;
  saved_at: Date;
}

const ONE = `
  WITH target AS (
    SELECT a.id, a.slots -> ($5::int - 1) AS s
      FROM exam_attempt a
     WHERE a.id = $1 AND a.user_id = $2 AND a.state = 'IN_PROGRESS' AND (a.accepts_until IS NULL OR now() <= a.accepts_until)
       FOR KEY SHARE
  )
  INSERT INTO attempt_answer (attempt_id, slot, client_seq, response, saved_at)
  SELECT t.id, $5, $3, $4::jsonb, now() FROM target t
   WHERE ${responseFitsSlot('t.s', { slot: '$5::int', types: '$6::text[]', optionIds: '$7::jsonb', textLength: '$8::int', prompts: '$9::jsonb', answers: '$10::jsonb' })}
  ON CONFLICT (attempt_id, slot) DO UPDATE
     SET client_seq = EXCLUDED.client_seq, response = EXCLUDED.response, saved_at = EXCLUDED.saved_at
   WHERE attempt_answer.client_seq < EXCLUDED.client_seq
  RETURNING slot, client_seq, response, saved_at`;

/** The same guards as ONE, for many saves at once; rows go in (attempt, slot) order so that two batches lock alike. */
const MANY = `
  WITH w AS (
    SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::jsonb[], $5::int[], $6::text[], $7::jsonb[], $8::int[], $9::jsonb[], $10::jsonb[])
             WITH ORDINALITY AS w(attempt_id, user_id, client_seq, response, slot, types, option_ids, text_length, prompts, answers, position)
  ), target AS (
    SELECT w.*, a.slots -> (w.slot - 1) AS s
      FROM w JOIN exam_attempt a ON a.id = w.attempt_id
     WHERE a.user_id = w.user_id AND a.state = 'IN_PROGRESS' AND (a.accepts_until IS NULL OR now() <= a.accepts_until)
       FOR KEY SHARE OF a
  ), written AS (
    INSERT INTO attempt_answer (attempt_id, slot, client_seq, response, saved_at)
    SELECT t.attempt_id, t.slot, t.client_seq, t.response, now() FROM target t
     WHERE ${responseFitsSlot('t.s', { slot: 't.slot', types: "string_to_array(t.types, ',')", optionIds: 't.option_ids', textLength: 't.text_length', prompts: 't.prompts', answers: 't.answers' })}
     ORDER BY t.position
    ON CONFLICT (attempt_id, slot) DO UPDATE
       SET client_seq = EXCLUDED.client_seq, response = EXCLUDED.response, saved_at = EXCLUDED.saved_at
     WHERE attempt_answer.client_seq < EXCLUDED.client_seq
    RETURNING attempt_id, slot, client_seq, response, saved_at
  )
  -- The writer of a row is the attempt's owner: another user's save of the same attempt and slot wrote nothing.
  SELECT written.*, a.user_id FROM written JOIN exam_attempt a ON a.id = written.attempt_id`;

interface Pending {
  write: AnswerWrite;
  resolve: (row: StoredAnswerRow | null) => void;
  reject: (error: unknown) => void;
}

const keyOf = (attemptId: string, slot: number, userId: string) => `${attemptId}:${slot}:${userId}`;

/**
 * Group commit of answer saves: the saves that arrive within ANSWER_SAVE_BATCH_WINDOW_MS of the first (at most
 * ANSWER_SAVE_BATCH_MAX) are written by one statement, so that they share one commit and one WAL flush, and each
 * is answered only once that statement has committed. A save resolves to the row it wrote, or to null when it
 * wrote nothing (refused, older than what is stored, or outrun by a newer save of its slot in the same batch):
 * the caller then explains it as it would a single save. When the batch statement fails, each save is written
 * alone, so that one save's failure is its own and no save is acknowledged that was not committed.
 * On shutdown, the saves waiting in the window are written at once and every write is awaited before the pool closes.
 */
@Injectable()
export class AnswerSaveBatcher implements BeforeApplicationShutdown {
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly writing = new InFlight();
  private readonly logger = new Logger(AnswerSaveBatcher.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Writes the save with the others of its window; the stored row, or null when nothing was written. */
  write(write: AnswerWrite): Promise<StoredAnswerRow | null> {
    if (this.config.ANSWER_SAVE_BATCH_WINDOW_MS === 0) return this.writeOne(write);
    return new Promise((resolve, reject) => {
      this.queue.push({ write, resolve, reject });
      if (this.queue.length >= this.config.ANSWER_SAVE_BATCH_MAX) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.config.ANSWER_SAVE_BATCH_WINDOW_MS);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.queue.length > 0) this.flush();
    await this.writing.settled();
  }

  /** Writes one save by itself, outside any batch. */
  writeOne(write: AnswerWrite): Promise<StoredAnswerRow | null> {
    return this.writing.track(this.insertOne(write));
  }

  private async insertOne(write: AnswerWrite): Promise<StoredAnswerRow | null> {
    const [saved]: StoredAnswerRow[] = await this.dataSource.query(ONE, [
      write.attemptId,
      write.userId,
      write.clientSeq,
      JSON.stringify(write.response),
      ...slotGuardParameters(write.guard),
    ]);
    return saved ?? null;
  }

  private flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 1) {
      const [only] = batch;
      this.writeOne(only.write).then(only.resolve, only.reject);
      return;
    }
    void this.writing.track(this.writeBatch(batch));
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const { written, outrun } = splitOutrun(batch);
    let rows: Array<StoredAnswerRow & { attempt_id: string; user_id: string }>;
    try {
      rows = await this.dataSource.query(MANY, columnsOf(written.map((pending) => pending.write)));
    } catch (error) {
      this.logger.warn(`A batch of ${batch.length} answer saves failed, each is written alone: ${String(error)}`);
      await Promise.all(batch.map((pending) => this.writeOne(pending.write).then(pending.resolve, pending.reject)));
      return;
    }
    const stored = new Map(rows.map((row) => [keyOf(row.attempt_id, row.slot, row.user_id), row]));
    for (const pending of written) {
      const row = stored.get(keyOf(pending.write.attemptId, pending.write.guard.slot, pending.write.userId));
      pending.resolve(row ? { slot: row.slot, client_seq: row.client_seq, response: row.response, saved_at: row.saved_at } : null);
    }
    for (const pending of outrun) pending.resolve(null);
  }
}

/**
 * ON CONFLICT DO UPDATE may not touch a row twice in one statement: of the saves of one caller to one slot, only
 * the newest goes in; the others are outrun, as if they had arrived after it. Saves of another user to the same
 * attempt stay in, as the attempt's guard keeps them from writing. Sorted by attempt and slot.
 */
function splitOutrun(batch: Pending[]): { written: Pending[]; outrun: Pending[] } {
  const newest = new Map<string, Pending>();
  const outrun: Pending[] = [];
  for (const pending of batch) {
    const key = keyOf(pending.write.attemptId, pending.write.guard.slot, pending.write.userId);
    const kept = newest.get(key);
    if (!kept) newest.set(key, pending);
    else if (kept.write.clientSeq < pending.write.clientSeq) {
      outrun.push(kept);
      newest.set(key, pending);
    } else outrun.push(pending);
  }
  const written = [...newest.values()].sort(
    (a, b) => a.write.attemptId.localeCompare(b.write.attemptId) || a.write.guard.slot - b.write.guard.slot,
  );
  return { written, outrun };
}

function columnsOf(writes: AnswerWrite[]): unknown[] {
  return [
    writes.map((write) => write.attemptId),
    writes.map((write) => write.userId),
    writes.map((write) => write.clientSeq),
    writes.map((write) => JSON.stringify(write.response)),
    writes.map((write) => write.guard.slot),
    writes.map((write) => write.guard.types.join(',')),
    writes.map((write) => write.guard.optionIds),
    writes.map((write) => write.guard.textLength),
    writes.map((write) => write.guard.prompts),
    writes.map((write) => write.guard.answers),
  ];
}
