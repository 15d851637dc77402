import { useQuery } from '@apollo/client/react';
import { teachCoursesQuery } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { awaitingReview } from '../teach/workflow-state';
import { ReviewItem } from './review-item';

/**
 * Administrators: courses waiting for review. First versions are IN_REVIEW; revisions of published
 * courses are PUBLISHED with revisionStatus IN_REVIEW, which the API cannot filter on, so the published
 * courses are scanned (first 100) for them.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [decided, setDecided] = useState<string | null>(null);
  const firstVersions = useQuery(teachCoursesQuery, { variables: { status: 'IN_REVIEW', first: 100 }, fetchPolicy: 'network-only' });
  const revisions = useQuery(teachCoursesQuery, { variables: { status: 'PUBLISHED', first: 100 }, fetchPolicy: 'network-only' });
  const queue = [
    ...(firstVersions.data?.courses.edges ?? []).map((edge) => edge.node),
    ...(revisions.data?.courses.edges ?? []).map((edge) => edge.node).filter((course) => course.revisionStatus === 'IN_REVIEW'),
  ].filter((course) => awaitingReview(course));
  const loading = (firstVersions.loading && !firstVersions.data) || (revisions.loading && !revisions.data);

  const refresh = async (title: string) => {
    setDecided(title);
    await Promise.all([firstVersions.refetch(), revisions.refetch()]);
  };

  return (
    <>
      <PageTitle title={t('courses.review.title')} />
      <p className="hs-muted">{t('courses.review.lead')}</p>
      {decided && (
        <Alert tone="success" data-testid="review-decided">
          {t('courses.review.decided', { title: decided })}
        </Alert>
      )}
      <QueryError error={firstVersions.error ?? revisions.error} />
      {loading && <p role="status">{t('common.loading')}</p>}
      {!loading && queue.length === 0 && <p data-testid="review-empty">{t('courses.review.empty')}</p>}
      <div className="hs-stack">
        {queue.map((course) => (
          <ReviewItem key={course.id} course={course} onDecided={() => refresh(course.title)} />
        ))}
      </div>
    </>
  );
}
