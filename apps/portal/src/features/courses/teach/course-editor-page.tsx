import { useMutation, useQuery } from '@apollo/client/react';
import { courseEditorQuery, updateCourseMutation } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { CourseAuthorsPanel } from './course-authors-panel';
import { CourseContentEditor } from './course-content-editor';
import { CourseCoverField } from './course-cover-field';
import { CourseDetailsForm } from './course-details-form';
import { detailsValuesOf, parseHours, trackPlacementsOf } from './course-details-model';
import { WorkflowPanel } from './workflow-panel';

export function CourseEditorPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(courseEditorQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [updateCourse] = useMutation(updateCourseMutation);
  const course = data?.course;

  if (loading && !course) return <p role="status">{t('common.loading')}</p>;
  if (!course) return <QueryError error={error} />;
  if (!course.canEdit) return <Alert tone="error">{t('errors.forbidden')}</Alert>;
  const created = (location.state as { created?: boolean } | null)?.created === true;

  return (
    <div className="hs-stack" data-testid="course-editor" data-course-id={course.id}>
      <p>
        <Link to="/teach/courses">← {t('courses.teach.title')}</Link> ·{' '}
        <Link to={`/teach/courses/${course.id}/certificates`} data-testid="course-certificates-link">
          {t('certificates.course.open')}
        </Link>
      </p>
      <PageTitle title={t('courses.editor.title', { title: course.title })} />
      {created && (
        <Alert tone="success" data-testid="course-created">
          {t('courses.editor.created')}
        </Alert>
      )}
      <QueryError error={error} />
      <WorkflowPanel course={course} onChanged={() => refetch()} />
      <div className="hs-split">
        <section className="hs-card" aria-labelledby="details-title">
          <h2 id="details-title" className="hs-card__title">
            {t('courses.editor.detailsTitle')}
          </h2>
          <p className="hs-muted">{t('courses.editor.detailsNote')}</p>
          <CourseDetailsForm
            creating={false}
            locked={!course.allowedActions.includes('EDIT_DETAILS')}
            initial={detailsValuesOf(course, i18n.language)}
            submitLabel={t('courses.editor.save')}
            onSubmit={async (values) => {
              await updateCourse({
                variables: {
                  courseId: course.id,
                  input: {
                    title: values.title,
                    summary: values.summary,
                    hours: parseHours(values.hours),
                    prerequisiteCodes: values.prerequisiteCodes,
                    tracks: trackPlacementsOf(values.tracks),
                  },
                },
              });
            }}
          />
        </section>
        <div className="hs-stack">
          <CourseCoverField course={course} locked={!course.allowedActions.includes('EDIT_DETAILS')} onChanged={() => refetch()} />
          <CourseAuthorsPanel courseId={course.id} />
        </div>
      </div>
      <CourseContentEditor courseId={course.id} modules={course.modules} locked={!course.allowedActions.includes('EDIT_CONTENT')} onChanged={() => refetch()} />
    </div>
  );
}
