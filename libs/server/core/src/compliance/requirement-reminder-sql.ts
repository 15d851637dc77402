import { coveredPeopleSql, scopedRequirementCte } from './covered-people-sql';
import { personRequirementStateSql } from './person-requirement-state-sql';

/** How long after becoming covered the "assigned" reminder is still sent (a first run must not tell everyone at once). */
export const ASSIGNED_REMINDER_DAYS = 7;

/** A recipient's day, in Vietnam's time, for the SQL time `now`. */
export function reminderDaySql(now: string): string {
  return `(${now} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;
}

/**
 * Every reminder owed at `$1` (a timestamptz) and not sent yet, one row per requirement, person, kind, due cycle and
 * recipient, to recipients who have had no digest on that day: ASSIGNED (cycle: when they became covered, within
 * ASSIGNED_REMINDER_DAYS), DUE_14 from 14 days before their due date to 3 days before, DUE_3 in the last 3 days,
 * OVERDUE once past it (cycle: that due date, so an extension or a recurrence starts a new one) — to the person, and
 * for OVERDUE also to the managers of the nearest managed unit above them. Nobody exempt or done is reminded, but
 * for the renewal of a met recurring requirement with a renewal window (cycle: its expiry, which is its due date):
 * RENEWAL when the window opens, and DUE_14 and DUE_3 before the expiry as for a due date, those of them the window
 * holds (the window's opening takes the place of the ones it starts after). The optional DUE_14 and DUE_3 skip those
 * who muted them; `renewal` tells the digest which words to use.
 */
export const OWED_REMINDERS_SQL = `
  WITH ${scopedRequirementCte('true')},
  covered AS (${coveredPeopleSql()}),
  state AS (${personRequirementStateSql('$1::timestamptz')}),
  open AS (
    -- Milliseconds, as the cycles come back from JavaScript into requirement_reminder_sent.
    SELECT st.requirement_id, st.user_id, st.user_path, date_trunc('milliseconds', st.due_at) AS due_at, date_trunc('milliseconds', cov.covered_at) AS covered_at
    FROM state st JOIN requirement_coverage cov ON cov.requirement_id = st.requirement_id AND cov.user_id = st.user_id
    WHERE st.state NOT IN ('EXEMPT', 'COMPLETED')
  ),
  renewing AS (
    -- Met, recurring, with a window: the due date is when the completion expires.
    SELECT st.requirement_id, st.user_id, date_trunc('milliseconds', st.due_at) AS due_at, r.renewal_window_days AS window_days,
      date_trunc('milliseconds', st.due_at) - make_interval(days => r.renewal_window_days) AS window_opens
    FROM state st JOIN training_requirement r ON r.id = st.requirement_id
    WHERE st.state = 'COMPLETED' AND r.recurrence_months IS NOT NULL AND r.renewal_window_days > 0
  ),
  owed AS (
    SELECT requirement_id, user_id, 'ASSIGNED' AS kind, covered_at AS due_cycle, user_id AS recipient_id, due_at, false AS renewal FROM open
      WHERE covered_at <= $1 AND covered_at > $1 - make_interval(days => ${ASSIGNED_REMINDER_DAYS}) AND due_at > $1
    UNION ALL
    SELECT requirement_id, user_id, 'DUE_14', due_at, user_id, due_at, false FROM open WHERE $1 >= due_at - interval '14 days' AND $1 < due_at - interval '3 days'
    UNION ALL
    SELECT requirement_id, user_id, 'DUE_3', due_at, user_id, due_at, false FROM open WHERE $1 >= due_at - interval '3 days' AND $1 < due_at
    UNION ALL
    SELECT requirement_id, user_id, 'OVERDUE', due_at, user_id, due_at, false FROM open WHERE due_at <= $1
    UNION ALL
    SELECT requirement_id, user_id, 'RENEWAL', due_at, user_id, due_at, true FROM renewing
      WHERE $1 >= window_opens
        AND $1 < due_at - CASE WHEN window_days > 14 THEN interval '14 days' WHEN window_days > 3 THEN interval '3 days' ELSE interval '0 days' END
    UNION ALL
    SELECT requirement_id, user_id, 'DUE_14', due_at, user_id, due_at, true FROM renewing
      WHERE window_days > 14 AND $1 >= due_at - interval '14 days' AND $1 < due_at - interval '3 days'
    UNION ALL
    SELECT requirement_id, user_id, 'DUE_3', due_at, user_id, due_at, true FROM renewing WHERE window_days > 3 AND $1 >= due_at - interval '3 days' AND $1 < due_at
    UNION ALL
    SELECT o.requirement_id, o.user_id, 'OVERDUE', o.due_at, m.manager_id, o.due_at, false
    FROM open o
    CROSS JOIN LATERAL (
      SELECT g.user_id AS manager_id FROM role_grant g JOIN org_unit gu ON gu.id = g.org_unit_id
      WHERE g.role = 'UNIT_MANAGER' AND o.user_path LIKE gu.path || '%' AND g.user_id <> o.user_id
        AND length(gu.path) = (
          SELECT max(length(gu2.path)) FROM role_grant g2 JOIN org_unit gu2 ON gu2.id = g2.org_unit_id
          WHERE g2.role = 'UNIT_MANAGER' AND o.user_path LIKE gu2.path || '%' AND g2.user_id <> o.user_id)
    ) m
    WHERE o.due_at <= $1
  )
  SELECT w.requirement_id, w.user_id, w.kind, w.due_cycle, w.recipient_id, w.due_at, w.renewal, r.title, u.full_name AS person_name
  FROM owed w
  JOIN training_requirement r ON r.id = w.requirement_id
  JOIN app_user u ON u.id = w.user_id
  WHERE NOT EXISTS (
      SELECT 1 FROM requirement_reminder_sent s
      WHERE s.requirement_id = w.requirement_id AND s.user_id = w.user_id AND s.kind = w.kind AND s.due_cycle = w.due_cycle AND s.recipient_id = w.recipient_id)
    AND NOT (w.kind IN ('DUE_14', 'DUE_3') AND EXISTS (SELECT 1 FROM reminder_preference p WHERE p.user_id = w.recipient_id AND p.mute_optional))
    AND NOT EXISTS (SELECT 1 FROM requirement_reminder_digest d WHERE d.recipient_id = w.recipient_id AND d.day = ${reminderDaySql('$1::timestamptz')})
  ORDER BY w.recipient_id, w.due_at, r.title, w.user_id, w.kind`;
