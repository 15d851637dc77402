/**
 * One read shared by the concurrent requests of one event-loop round: the first caller of a key starts it, the
 * others of the same round get the same promise, and the next round reads again. A thousand learners starting
 * one exam in the same instant read its settings once, and nothing is cached: a change committed before a
 * round is seen by that round. Callers must not mutate what they get, since others hold the same objects.
 */
export class RoundSharedRead<K, V> {
  private reads = new Map<K, Promise<V>>();

  get(key: K, read: (key: K) => Promise<V>): Promise<V> {
    const shared = this.reads.get(key);
    if (shared) return shared;
    if (this.reads.size === 0) setImmediate(() => (this.reads = new Map()));
    const started = read(key);
    this.reads.set(key, started);
    return started;
  }
}
