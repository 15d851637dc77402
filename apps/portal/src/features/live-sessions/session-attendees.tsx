import { useQuery } from '@apollo/client/react';
import { type LiveSessionAttendeesQuery, liveSessionAttendeesQuery } from '@hocso/portal-data-access';
import { Button, Table } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../shared/query-error';
import { formatHours } from '../courses/shared/format-hours';
import { formatSessionTime } from './session-time';

type Attendee = LiveSessionAttendeesQuery['liveSessionAttendees']['items'][number];

const PAGE = 50;

/** The organiser's list: who registered (or gave the seat back), who checked in, and the hours credited to each. */
export function SessionAttendees({ sessionId }: { sessionId: string }) {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, error, loading } = useQuery(liveSessionAttendeesQuery, { variables: { id: sessionId, first: PAGE, offset }, fetchPolicy: 'cache-and-network' });
  const page = data?.liveSessionAttendees;
  const registration = (attendee: Attendee) =>
    attendee.registration === 'REGISTERED' ? t('liveSessions.attendees.registered') : attendee.registration === 'CANCELLED' ? t('liveSessions.attendees.gaveBack') : t('liveSessions.attendees.walkIn');
  return (
    <section className="hs-stack" data-testid="session-attendees">
      <h2>{t('liveSessions.attendees.title', { count: page?.totalCount ?? 0 })}</h2>
      <QueryError error={error} />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {page && (
        <Table<Attendee>
          caption={t('liveSessions.attendees.caption')}
          rows={page.items}
          rowKey={(attendee) => attendee.userId}
          rowTestId="session-attendee"
          emptyMessage={t('liveSessions.attendees.empty')}
          columns={[
            { key: 'name', header: t('liveSessions.attendees.name'), render: (attendee) => attendee.fullName },
            { key: 'registration', header: t('liveSessions.attendees.registration'), render: registration },
            {
              key: 'checkedIn',
              header: t('liveSessions.attendees.checkedIn'),
              render: (attendee) => (attendee.checkedInAt ? formatSessionTime(attendee.checkedInAt, i18n.language) : t('liveSessions.attendees.notYet')),
            },
            { key: 'hours', header: t('liveSessions.attendees.hours'), numeric: true, render: (attendee) => formatHours(attendee.hours, i18n.language) },
          ]}
        />
      )}
      {page && page.totalCount > PAGE && (
        <div className="hs-actions">
          <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(offset - PAGE, 0))}>
            {t('liveSessions.attendees.previous')}
          </Button>
          <Button variant="secondary" disabled={offset + PAGE >= page.totalCount} onClick={() => setOffset(offset + PAGE)}>
            {t('liveSessions.attendees.next')}
          </Button>
        </div>
      )}
    </section>
  );
}
