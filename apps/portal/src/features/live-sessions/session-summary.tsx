import type { LiveSessionCardFieldsFragment } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../courses/shared/format-hours';
import { formatSessionTime } from './session-time';

/** When, where, seats and hours of a session, and where the reader stands. */
export function SessionSummary({ session }: { session: LiveSessionCardFieldsFragment }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>{t('liveSessions.card.when', { start: formatSessionTime(session.startsAt, i18n.language), end: formatSessionTime(session.endsAt, i18n.language) })}</p>
      <p className="hs-muted">{[session.place, session.onlineUrl ? t('liveSessions.card.online') : null].filter(Boolean).join(' · ')}</p>
      <p className="hs-muted">
        {session.seatsLeft > 0 ? t('liveSessions.card.seatsLeft', { count: session.seatsLeft, capacity: session.capacity }) : t('liveSessions.card.full')} ·{' '}
        {t('liveSessions.card.hours', { hours: formatHours(session.creditedHours, i18n.language) })}
      </p>
      {session.cancelledAt && (
        <p>
          <span className="hs-status hs-status--draft" data-testid="session-cancelled-badge">
            {t('liveSessions.card.cancelled')}
          </span>
        </p>
      )}
      {(session.attended || session.registered) && (
        <p>
          <span className="hs-status hs-status--active" data-testid="session-standing">
            {session.attended ? t('liveSessions.card.attended') : t('liveSessions.card.registered')}
          </span>
        </p>
      )}
    </>
  );
}
