import { useQuery } from '@apollo/client/react';
import { cohortsQuery, organiserActionsQuery } from '@hocso/portal-data-access';
import { Card, ProgressBar } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { formatCohortDay } from './cohort-day';

/** "Nhóm học": the cohorts the reader owns or follows as a manager, latest start first, each with its progress. */
export function CohortsPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(cohortsQuery, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const capabilities = useQuery(organiserActionsQuery);
  const cohorts = data?.cohorts.edges.map((edge) => edge.node) ?? [];
  return (
    <>
      <PageTitle title={t('cohorts.list.title')} />
      {capabilities.data?.organiserActions.includes('CREATE_COHORT') && (
        <p>
          <Link className="hs-button hs-button--primary" to="/cohorts/new" data-testid="cohort-new">
            {t('cohorts.create.title')}
          </Link>
        </p>
      )}
      <QueryError error={error} />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && cohorts.length === 0 && <p data-testid="cohorts-empty">{t('cohorts.list.empty')}</p>}
      <div className="hs-grid">
        {cohorts.map((cohort) => (
          <Card key={cohort.id} headingLevel={2} data-testid="cohort-card" title={<Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>}>
            <p className="hs-muted">
              {cohort.orgUnit.name} · {t('cohorts.list.startsOn', { date: formatCohortDay(cohort.startsOn, i18n.language) })}
            </p>
            <p>{t('cohorts.list.follows', { title: cohort.course?.title ?? cohort.track?.title ?? '' })}</p>
            <ProgressBar value={Math.round((cohort.progress.averageProgress ?? 0) * 100)} label={t('cohorts.detail.average')} />
            <p data-testid="cohort-completed">{t('cohorts.list.completed', { completed: cohort.progress.completed, members: cohort.progress.members })}</p>
          </Card>
        ))}
      </div>
    </>
  );
}

// Its form comes with the list (one chunk fewer for the first script to name).
export { NewCohortPage } from './new-cohort-page';
