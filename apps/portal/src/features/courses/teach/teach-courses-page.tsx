import { useQuery } from '@apollo/client/react';
import { teachCoursesQuery, type CourseStatus } from '@hocso/portal-data-access';
import { Button, Card, SelectField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { formatHours } from '../shared/format-hours';
import { workflowStage } from '../shared/course-stage';

const STATUSES: readonly CourseStatus[] = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'];
const PAGE_SIZE = 50;

/** The courses a trainer can edit, by status. */
export function TeachCoursesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = (STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as CourseStatus) : 'DRAFT';
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(teachCoursesQuery, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.courses;
  const courses = connection?.edges.map((edge) => edge.node).filter((course) => course.canEdit) ?? [];

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) =>
          previous.courses ? { ...fetchMoreResult, courses: { ...fetchMoreResult.courses, edges: [...previous.courses.edges, ...fetchMoreResult.courses.edges] } } : fetchMoreResult,
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <PageTitle title={t('courses.teach.title')} />
      <div className="hs-row">
        <Link className="hs-button hs-button--primary" to="/teach/courses/new" data-testid="teach-new-course">
          + {t('courses.teach.newTitle')}
        </Link>
      </div>
      <div className="hs-filter-form">
        <SelectField
          label={t('courses.teach.statusFilter')}
          value={status}
          onChange={(event) => setParams({ status: event.target.value })}
          options={STATUSES.map((value) => ({ value, label: t(`courses.status.${value}`) }))}
          data-testid="teach-status-filter"
        />
      </div>
      <QueryError error={error} />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && courses.length === 0 && <p data-testid="teach-empty">{t('courses.teach.empty')}</p>}
      <div className="hs-grid">
        {courses.map((course) => {
          const stage = workflowStage(course);
          return (
            <Card key={course.id} headingLevel={3} title={course.title} data-testid="teach-course" data-course-id={course.id} data-course-code={course.code}>
              <p className="hs-muted">
                {course.code} · {t('courses.card.hours', { hours: formatHours(course.hours, i18n.language) })}
              </p>
              <p>
                <span className={`hs-status hs-status--${stage.toLowerCase()}`}>{t(`courses.editor.workflow.stage.${stage}`)}</span>
              </p>
              {course.reviewComment && (stage === 'DRAFT' || stage === 'REVISION_DRAFT') && <p className="hs-muted">{t('courses.teach.hasReviewComment')}</p>}
              <div className="hs-row">
                <Link className="hs-button hs-button--secondary" to={`/teach/courses/${course.id}/edit`} data-testid="teach-edit">
                  {t('courses.editor.edit')}
                </Link>
                <Link to={`/courses/${course.id}`}>{t('courses.teach.preview')}</Link>
              </div>
            </Card>
          );
        })}
      </div>
      {connection?.pageInfo.hasNextPage && (
        <Button variant="secondary" fullWidth busy={loadingMore} onClick={() => void loadMore()}>
          {t('courses.catalogue.loadMore')}
        </Button>
      )}
    </>
  );
}
