/** Whether PostgreSQL refused a write because it broke this unique constraint (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const cause = (error as { driverError?: unknown })?.driverError ?? error;
  const pg = cause as { code?: unknown; constraint?: unknown };
  return pg?.code === '23505' && pg.constraint === constraint;
}
