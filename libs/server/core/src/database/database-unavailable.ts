/** Seconds a client is asked to wait before sending a request again while the database cannot be reached. */
export const DATABASE_RETRY_AFTER_SECONDS = 2;

/** SQLSTATEs of a server going away or not taking connections: a restart, a failover, a full server. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Network failures of node-postgres and its pool (they carry no SQLSTATE). */
const UNAVAILABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGES = [/^Connection terminated/, /timeout exceeded when trying to connect/, /Client has encountered a connection error/];

/**
 * Whether an error means the database could not be reached for a moment, rather than a fault of the request or
 * of the code: the request did nothing (or its transaction was rolled back) and may be sent again. TypeORM
 * wraps the driver's error as `driverError`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 4; depth += 1) {
    const { code } = current as Error & { code?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SYSTEM_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08'))) return true;
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(current instanceof Error ? current.message : ''))) return true;
    current = (current as Error & { driverError?: unknown }).driverError ?? (current as Error & { cause?: unknown }).cause;
  }
  return false;
}
