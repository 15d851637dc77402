/** A datetime-local value ("2026-12-07T08:00") read as Vietnam's time (UTC+7 all year), where sessions are held. */
export function vietnamTimeToIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return '';
  return new Date(`${value}:00+07:00`).toISOString();
}

/** The datetime-local value ("2026-12-07T08:00") of an instant in Vietnam's time (UTC+7 all year). */
export function isoToVietnamTimeInput(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 16);
}
