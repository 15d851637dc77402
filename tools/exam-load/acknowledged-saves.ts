import type { DataSource } from 'typeorm';

/** A save the API answered: what it said is stored for the slot. */
export interface AcknowledgedSave {
  attemptId: string;
  slot: number;
  clientSeq: number;
  optionIds: string[];
}

/** An acknowledged save the database does not hold: nothing, an older one, or another answer under its clientSeq. */
export interface LostSave extends AcknowledgedSave {
  storedSeq: number | null;
}

const sameOptions = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The newest acknowledged save of every (attempt, slot), to compare with attempt_answer once the run is over. */
export class AcknowledgedSaves {
  private readonly newest = new Map<string, AcknowledgedSave>();
  private acknowledged = 0;

  record(save: AcknowledgedSave): void {
    this.acknowledged += 1;
    const key = `${save.attemptId}:${save.slot}`;
    const known = this.newest.get(key);
    if (!known || known.clientSeq < save.clientSeq) this.newest.set(key, save);
  }

  /** Every acknowledgement received, retries and older answers included. */
  get count(): number {
    return this.acknowledged;
  }

  /** The acknowledged saves missing from the database: a newer clientSeq stored is fine, an older one or none is lost. */
  async lostIn(dataSource: Pick<DataSource, 'query'>): Promise<LostSave[]> {
    const attemptIds = [...new Set([...this.newest.values()].map((save) => save.attemptId))];
    const rows: Array<{ attempt_id: string; slot: number; client_seq: number; response: { optionIds?: string[] } }> = await dataSource.query(
      'SELECT attempt_id, slot, client_seq, response FROM attempt_answer WHERE attempt_id = ANY($1::uuid[])',
      [attemptIds],
    );
    const stored = new Map(rows.map((row) => [`${row.attempt_id}:${row.slot}`, row]));
    const lost: LostSave[] = [];
    for (const [key, save] of this.newest) {
      const row = stored.get(key);
      const kept = row && (row.client_seq > save.clientSeq || (row.client_seq === save.clientSeq && sameOptions(row.response.optionIds ?? [], save.optionIds)));
      if (!kept) lost.push({ ...save, storedSeq: row?.client_seq ?? null });
    }
    return lost;
  }
}
