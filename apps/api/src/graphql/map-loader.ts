import DataLoader from 'dataloader';

/** A DataLoader over a batched lookup that answers by key; a key it does not answer gets `missing`. */
export function mapLoader<Value>(lookup: (keys: readonly string[]) => Promise<Map<string, Value>>, missing: Value): DataLoader<string, Value> {
  return new DataLoader(async (keys) => {
    const found = await lookup(keys);
    return keys.map((key) => (found.has(key) ? (found.get(key) as Value) : missing));
  });
}

/** The rows by their id, for lookups that answer a list. */
export function byId<Row extends { id: string }>(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [row.id, row]));
}
