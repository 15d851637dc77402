import type { DataSource, Logger } from 'typeorm';

/** Counts the SQL statements a data source runs from `reset()` on, until `stop()` (to show a response has no N+1). */
export function statementCounter(db: DataSource): { reset(): void; count(): number; stop(): void } {
  const logger = db.logger as Logger;
  const original = logger.logQuery.bind(logger);
  let statements = 0;
  logger.logQuery = (...args: Parameters<Logger['logQuery']>) => {
    statements += 1;
    return original(...args);
  };
  return {
    reset: () => {
      statements = 0;
    },
    count: () => statements,
    stop: () => {
      logger.logQuery = original;
    },
  };
}
