import { useQuery } from '@apollo/client/react';
import { organiserActionsQuery, upcomingLiveSessionsQuery } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { SessionSummary } from './session-summary';

/** The service's largest page: a province rarely has more sessions coming up at once. */
const PAGE = 100;

/** "Buổi học trực tiếp": the sessions coming up that the reader may attend, soonest first. */
export function LiveSessionsPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(upcomingLiveSessionsQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const capabilities = useQuery(organiserActionsQuery);
  const sessions = data?.liveSessions.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageTitle title={t('liveSessions.list.title')} />
      {capabilities.data?.organiserActions.includes('CREATE_LIVE_SESSION') && (
        <p>
          <Link className="hs-button hs-button--primary" to="/sessions/new" data-testid="session-new">
            {t('liveSessions.create.title')}
          </Link>
        </p>
      )}
      <QueryError error={error} />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && sessions.length === 0 && <p data-testid="sessions-empty">{t('liveSessions.list.empty')}</p>}
      <div className="hs-grid">
        {sessions.map((session) => (
          <Card
            key={session.id}
            headingLevel={2}
            data-testid="session-card"
            title={
              <Link to={`/sessions/${session.id}`}>
                {t(`liveSessions.kind.${session.kind}`)}: {session.title}
              </Link>
            }
          >
            <SessionSummary session={session} />
          </Card>
        ))}
      </div>
    </>
  );
}

// Its form comes with the list (one chunk fewer for the first script to name).
export { NewLiveSessionPage } from './new-live-session-page';
