import { useMutation, useQuery } from '@apollo/client/react';
import { markNotificationsReadMutation, myNotificationsQuery } from '@hocso/portal-data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { verifyPath } from '../certificates/certificate-links';

/** Checked again every minute while the portal is open. */
const POLL_MS = 60_000;

/** Where a notification leads, by kind. */
function linkOf(kind: string, params: string): string | null {
  if (kind.startsWith('external-certificate.')) return '/external-certificates';
  // The home page lists the reader's requirements, with their due dates.
  if (kind === 'requirement.reminders') return '/';
  if (kind.startsWith('live-session.')) {
    const { sessionId } = JSON.parse(params) as { sessionId?: string };
    return sessionId ? `/sessions/${sessionId}` : '/sessions';
  }
  if (kind !== 'certificate.issued') return null;
  const { serial } = JSON.parse(params) as { serial?: string };
  return serial ? verifyPath(serial) : '/my-certificates';
}

/** The bell of the header: the unread count, and the latest notifications (opening marks them read). */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(myNotificationsQuery, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(markNotificationsReadMutation, { refetchQueries: [myNotificationsQuery] });
  const unread = data?.unreadNotificationCount ?? 0;
  const toggle = () => {
    setOpen(!open);
    if (!open && unread > 0) void markRead({ variables: { ids: null } });
  };
  return (
    <span className="hs-bell">
      <button type="button" className="hs-button hs-button--secondary" aria-expanded={open} onClick={toggle} data-testid="notification-bell" aria-label={t('notifications.bell', { count: unread })}>
        <svg className="hs-bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="hs-bell__count" data-testid="notification-count">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div className="hs-bell__panel" data-testid="notification-panel">
          {(data?.myNotifications.length ?? 0) === 0 ? (
            <p className="hs-muted">{t('notifications.empty')}</p>
          ) : (
            <ul>
              {data?.myNotifications.map((notification) => {
                const to = linkOf(notification.kind, notification.params);
                return (
                  <li key={notification.id} data-read={String(notification.read)}>
                    {to ? (
                      <Link to={to} onClick={() => setOpen(false)}>
                        {notification.title}
                      </Link>
                    ) : (
                      notification.title
                    )}
                    <br />
                    <small className="hs-muted">{new Date(notification.createdAt).toLocaleString(i18n.language)}</small>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </span>
  );
}
