/** The province's day: reminders are counted and snapshots taken per day of Vietnam's clock. */
export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const REPORT_DAY_SQL = `(now() AT TIME ZONE '${REPORT_TIME_ZONE}')::date`;

/** Seconds from `now` to the next midnight in Vietnam (UTC+7 all year). */
export function secondsUntilNextReportDay(now = new Date()): number {
  const local = now.getTime() + 7 * 3_600_000;
  const nextMidnight = Math.floor(local / 86_400_000 + 1) * 86_400_000;
  return Math.max(1, Math.ceil((nextMidnight - local) / 1000));
}
