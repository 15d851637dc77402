/** Operations still running, so that a shutdown can wait for them before the database pool closes. */
export class InFlight {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(operation: Promise<T>): Promise<T> {
    this.running.add(operation);
    const forget = () => this.running.delete(operation);
    operation.then(forget, forget);
    return operation;
  }

  /** Resolves once every tracked operation has settled, those started meanwhile included. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
