/** The reminders before a live session, and how long before its start each one is due. */
export const LIVE_SESSION_REMINDER_KINDS = ['DAY_BEFORE', 'HOUR_BEFORE'] as const;
export type LiveSessionReminderKind = (typeof LIVE_SESSION_REMINDER_KINDS)[number];

/**
 * Every reminder owed at `$1` (a timestamptz) and not sent yet, one row per session, registrant and kind: DAY_BEFORE
 * from 24 hours before the start until the hour before, HOUR_BEFORE in the last hour. Only sessions not cancelled, seats
 * still held, people still active; and only those who registered before the reminder's moment, so that a person who
 * registers later is not told at once what they just chose. The start read is the session's current one: a session
 * moved to another time is owed its reminders at the new time (the start is part of what was sent).
 */
export const OWED_LIVE_SESSION_REMINDERS_SQL = `
  SELECT s.id AS session_id, g.user_id, k.kind, date_trunc('milliseconds', s.starts_at) AS starts_at
  FROM live_session s
  CROSS JOIN LATERAL (VALUES ('DAY_BEFORE', interval '24 hours', interval '1 hour'), ('HOUR_BEFORE', interval '1 hour', interval '0 hours')) AS k(kind, lead, next_lead)
  JOIN live_session_registration g ON g.session_id = s.id AND g.status = 'REGISTERED' AND g.registered_at <= s.starts_at - k.lead
  JOIN app_user u ON u.id = g.user_id AND u.deactivated_at IS NULL
  WHERE s.cancelled_at IS NULL
    AND s.starts_at > $1::timestamptz AND s.starts_at <= $1::timestamptz + interval '24 hours'
    AND $1::timestamptz >= s.starts_at - k.lead AND $1::timestamptz < s.starts_at - k.next_lead
    AND NOT EXISTS (
      SELECT 1 FROM live_session_reminder_sent r
      WHERE r.session_id = s.id AND r.user_id = g.user_id AND r.kind = k.kind AND r.starts_at = date_trunc('milliseconds', s.starts_at))
  ORDER BY s.starts_at, s.id, k.kind, g.user_id`;
