import { useQuery } from '@apollo/client/react';
import { myEnrollmentsQuery, type MyEnrollmentsQuery } from '@hocso/portal-data-access';
import { Card, ProgressBar } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { EnrollmentCertificate } from '../../certificates/enrollment-certificate';
import { QueryError } from '../../../shared/query-error';
import { formatHours } from '../shared/format-hours';
import { nextLessonToStudy, progressPercent } from '../shared/lesson-sequence';

type MyEnrollment = MyEnrollmentsQuery['myEnrollments'][number];

const STATUS_ORDER = { ACTIVE: 0, COMPLETED: 1, WITHDRAWN: 2 } as const;

export function MyLearningPage() {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(myEnrollmentsQuery, { fetchPolicy: 'cache-and-network' });
  const enrollments = [...(data?.myEnrollments ?? [])].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const completedHours = enrollments.filter((enrollment) => enrollment.status === 'COMPLETED').reduce((sum, enrollment) => sum + enrollment.course.hours, 0);

  return (
    <>
      <PageTitle title={t('courses.myLearning.title')} />
      <QueryError error={error} />
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      {data && (
        <p className="hs-muted" data-testid="my-learning-summary">
          {t('courses.myLearning.summary', {
            active: enrollments.filter((enrollment) => enrollment.status === 'ACTIVE').length,
            completed: enrollments.filter((enrollment) => enrollment.status === 'COMPLETED').length,
            hours: formatHours(completedHours, i18n.language),
          })}
        </p>
      )}
      {data && enrollments.length === 0 && (
        <p data-testid="my-learning-empty">
          {t('courses.myLearning.empty')} <Link to="/courses">{t('courses.myLearning.browse')}</Link>
        </p>
      )}
      <div className="hs-grid">
        {enrollments.map((enrollment) => (
          <EnrollmentCard key={enrollment.id} enrollment={enrollment} />
        ))}
      </div>
    </>
  );
}

function EnrollmentCard({ enrollment }: { enrollment: MyEnrollment }) {
  const { t, i18n } = useTranslation();
  const { course } = enrollment;
  const next = nextLessonToStudy(course.modules, enrollment.completedLessonIds);
  const percent = progressPercent(enrollment.progress);
  return (
    <Card
      headingLevel={3}
      title={<Link to={`/courses/${course.id}`}>{course.title}</Link>}
      data-testid="enrollment-card"
      data-course-id={course.id}
      data-status={enrollment.status}
    >
      <p className="hs-muted">
        {course.code} · {t('courses.card.hours', { hours: formatHours(course.hours, i18n.language) })}
        {enrollment.source === 'ASSIGNED' && ` · ${t('courses.myLearning.assigned')}`}
      </p>
      <p>
        <span className={`hs-status hs-status--${enrollment.status.toLowerCase()}`} data-testid="enrollment-status" data-status={enrollment.status}>
          {t(`courses.enrollmentStatus.${enrollment.status}`)}
        </span>
        {enrollment.retakeStartedAt && <span data-testid="enrollment-retaking"> · {t('courses.retake.short')}</span>}
      </p>
      <ProgressBar value={percent} label={t('courses.myLearning.progressOf', { title: course.title })} data-testid="enrollment-progress" />
      {enrollment.dueAt && enrollment.status === 'ACTIVE' && (
        <p className="hs-muted">{t('courses.course.dueAt', { date: new Date(enrollment.dueAt).toLocaleDateString(i18n.language) })}</p>
      )}
      {enrollment.completedAt && (
        <p className="hs-muted">{t('courses.myLearning.completedAt', { date: new Date(enrollment.completedAt).toLocaleDateString(i18n.language) })}</p>
      )}
      <EnrollmentCertificate enrollment={enrollment} />
      {(enrollment.status === 'ACTIVE' || enrollment.retakeStartedAt) && next && (
        <Link className="hs-button hs-button--primary" to={`/courses/${course.id}/lessons/${next.id}`} data-testid="enrollment-continue">
          {enrollment.completedLessonIds.length ? t('courses.course.continue') : t('courses.course.start')}
        </Link>
      )}
    </Card>
  );
}
