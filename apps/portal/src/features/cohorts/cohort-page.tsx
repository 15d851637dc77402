import { useQuery } from '@apollo/client/react';
import { type CohortQuery, cohortQuery } from '@hocso/portal-data-access';
import { Button, Card, ProgressBar, Table } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PageTitle } from '../../shared/page-title';
import { QueryError } from '../../shared/query-error';
import { AddCohortMembers } from './add-cohort-members';
import { formatCohortDay } from './cohort-day';

type Member = NonNullable<CohortQuery['cohort']>['members']['edges'][number]['node'];

const PAGE = 50;

/** A cohort's progress: its totals, and each member's progress, completion and last activity, by name. */
export function CohortPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(cohortQuery, { variables: { id, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const cohort = data?.cohort;
  if (!cohort) return <>{loading ? <p role="status">{t('common.loading')}</p> : <QueryError error={error} />}</>;
  const members = cohort.members.edges.map((edge) => edge.node);
  const percent = (value: number) => `${Math.round(value * 100)} %`;
  const showMore = () =>
    void fetchMore({
      variables: { after: cohort.members.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => {
        if (!previous.cohort || !fetchMoreResult.cohort) return previous as CohortQuery;
        return { cohort: { ...fetchMoreResult.cohort, members: { ...fetchMoreResult.cohort.members, edges: [...previous.cohort.members.edges, ...fetchMoreResult.cohort.members.edges] } } };
      },
    });
  return (
    <>
      <PageTitle title={cohort.name} />
      <Card data-testid="cohort-summary">
        <p className="hs-muted">
          {t('cohorts.detail.unit', { name: cohort.orgUnit.name })} · {t('cohorts.list.startsOn', { date: formatCohortDay(cohort.startsOn, i18n.language) })}
        </p>
        <p>{t('cohorts.list.follows', { title: cohort.course?.title ?? cohort.track?.title ?? '' })}</p>
        <ProgressBar value={Math.round((cohort.progress.averageProgress ?? 0) * 100)} label={t('cohorts.detail.average')} />
        <p data-testid="cohort-completed">{t('cohorts.list.completed', { completed: cohort.progress.completed, members: cohort.progress.members })}</p>
      </Card>
      <Table<Member>
        caption={t('cohorts.detail.members')}
        rows={members}
        rowKey={(member) => member.userId}
        rowTestId="cohort-member"
        emptyMessage={t('cohorts.detail.empty')}
        columns={[
          { key: 'name', header: t('cohorts.detail.name'), render: (member) => member.fullName },
          { key: 'progress', header: t('cohorts.detail.progress'), numeric: true, render: (member) => percent(member.progress) },
          { key: 'completed', header: t('cohorts.detail.completed'), render: (member) => (member.completed ? t('cohorts.detail.yes') : t('cohorts.detail.no')) },
          {
            key: 'last',
            header: t('cohorts.detail.lastActivity'),
            render: (member) => (member.lastActivityAt ? new Date(member.lastActivityAt).toLocaleDateString(i18n.language) : t('cohorts.detail.never')),
          },
        ]}
      />
      {cohort.members.pageInfo.hasNextPage && (
        <Button variant="secondary" onClick={showMore}>
          {t('cohorts.detail.more')}
        </Button>
      )}
      {cohort.allowedActions.includes('ADD_MEMBERS') && <AddCohortMembers cohortId={cohort.id} unitName={cohort.orgUnit.name} />}
    </>
  );
}
