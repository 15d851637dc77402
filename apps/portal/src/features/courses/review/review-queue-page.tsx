import { useQuery } from '@apollo/client/react';
import { teachCoursesQuery } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { ReviewItem } from './review-item';

/** Administrators: courses waiting for review, first versions and revisions of published courses alike. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [decided, setDecided] = useState<string | null>(null);
  const inReview = useQuery(teachCoursesQuery, { variables: { status: 'IN_REVIEW', first: 100 }, fetchPolicy: 'network-only' });
  const queue = (inReview.data?.courses.edges ?? []).map((edge) => edge.node).filter((course) => course.allowedActions.includes('PUBLISH'));
  const loading = inReview.loading && !inReview.data;

  const refresh = async (title: string) => {
    setDecided(title);
    await inReview.refetch();
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
      <QueryError error={inReview.error} />
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
