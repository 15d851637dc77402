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

/** A row of attempt_answer as the ledger reads it. */
export interface StoredAnswer {
  attempt_id: string;
  slot: number;
  client_seq: number;
  response: { optionIds?: string[] };
}

const sameOptions = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** The acknowledged saves the stored answers do not hold: a newer clientSeq stored is fine, an older one or none is lost. */
export function lostSaves(acknowledged: Iterable<AcknowledgedSave>, stored: readonly StoredAnswer[]): LostSave[] {
  const byKey = new Map(stored.map((row) => [`${row.attempt_id}:${row.slot}`, row]));
  const lost: LostSave[] = [];
  for (const save of acknowledged) {
    const row = byKey.get(`${save.attemptId}:${save.slot}`);
    const kept = row && (row.client_seq > save.clientSeq || (row.client_seq === save.clientSeq && sameOptions(row.response.optionIds ?? [], save.optionIds)));
    if (!kept) lost.push({ ...save, storedSeq: row?.client_seq ?? null });
  }
  return lost;
}

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

  /** The newest save of the slot the API acknowledged, if any. */
  newestOf(attemptId: string, slot: number): AcknowledgedSave | undefined {
    return this.newest.get(`${attemptId}:${slot}`);
  }

  /** Every acknowledgement received, retries and older answers included. */
  get count(): number {
    return this.acknowledged;
  }

  /** The acknowledged saves missing from attempt_answer (see lostSaves). */
  async lostIn(dataSource: { query(sql: string, parameters: unknown[]): Promise<unknown> }): Promise<LostSave[]> {
    const attemptIds = [...new Set([...this.newest.values()].map((save) => save.attemptId))];
    const stored = (await dataSource.query(
      'SELECT attempt_id, slot, client_seq, response FROM attempt_answer WHERE attempt_id = ANY($1::uuid[])',
      [attemptIds],
    )) as StoredAnswer[];
    return lostSaves(this.newest.values(), stored);
  }

  /** The slots with an acknowledged save that the attempt's grading counted as unanswered: it graded without them. */
  async gradedWithout(dataSource: { query(sql: string, parameters: unknown[]): Promise<unknown> }): Promise<Array<{ attemptId: string; slot: number }>> {
    const saves = [...this.newest.values()];
    return (await dataSource.query(
      `SELECT a.id AS "attemptId", r.slot
         FROM exam_attempt a CROSS JOIN jsonb_to_recordset(a.results) AS r(slot int, outcome text)
         JOIN unnest($1::uuid[], $2::int[]) AS s(attempt_id, slot) ON s.attempt_id = a.id AND s.slot = r.slot
        WHERE r.outcome = 'UNANSWERED'`,
      [saves.map((save) => save.attemptId), saves.map((save) => save.slot)],
    )) as Array<{ attemptId: string; slot: number }>;
  }
}
