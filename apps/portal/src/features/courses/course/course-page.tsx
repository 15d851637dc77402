import { useQuery } from '@apollo/client/react';
import { courseDetailQuery, useAuth } from '@hocso/portal-data-access';
import { Alert, Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { CourseMarks } from '../catalogue/course-marks';
import { nextLessonToStudy } from '../shared/lesson-sequence';
import { CourseCover } from '../shared/course-cover';
import { CompletionHistory } from './completion-history';
import { CourseFacts } from './course-facts';
import { CourseOutline } from './course-outline';
import { useCourseRenewalDue } from './course-renewal-due';
import { EnrollmentPanel } from './enrollment-panel';

export function CoursePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(courseDetailQuery, { variables: { id } });
  const course = data?.course;
  const renewal = useCourseRenewalDue(course ?? { id, trackPlacements: [] }, course?.myEnrollment?.status === 'COMPLETED' && !course.myEnrollment.retakeStartedAt);

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!course) {
    return (
      <>
        <QueryError error={error} />
        <p>
          <Link to="/courses">{t('courses.track.backToCatalogue')}</Link>
        </p>
      </>
    );
  }
  const enrollment = course.myEnrollment ?? null;
  const enrolled = enrollment !== null && enrollment.status !== 'WITHDRAWN';
  const completedIds = enrollment?.completedLessonIds ?? [];
  const next = nextLessonToStudy(course.modules, completedIds);
  const lessonCount = course.modules.reduce((sum, module) => sum + module.lessons.length, 0);

  return (
    <article className="hs-stack" data-testid="course-page" data-course-id={course.id}>
      <div>
        <p className="hs-muted hs-course-code">{course.code}</p>
        <PageTitle title={course.title} />
        {course.coverImageUrl && <CourseCover className="hs-course-cover" alt={t('courses.card.coverAlt', { title: course.title })} url={course.coverImageUrl} placement="lead" />}
        <p className="hs-course-summary">{course.summary}</p>
        <CourseMarks course={course} />
      </div>
      <CourseFacts
        authorNames={course.authorNames}
        hours={course.hours}
        learnerCount={course.learnerCount}
        updatedAt={course.version !== null && course.publishedAt ? course.publishedAt : course.updatedAt}
      />
      {course.canEdit && (
        <Alert tone="info">
          {course.version === null ? t(workingCopyNoteOf(course)) : null}{' '}
          <Link to={`/teach/courses/${course.id}/edit`} data-testid="course-edit-link">
            {t('courses.course.edit')}
          </Link>
        </Alert>
      )}
      {course.prerequisiteCodes.length > 0 && (
        <p>
          {t('courses.course.prerequisites')}{' '}
          {course.prerequisiteCodes.map((code, index) => (
            <span key={code}>
              {index > 0 && ', '}
              <Link to={`/courses?q=${encodeURIComponent(code)}`}>{code}</Link>
            </span>
          ))}
        </p>
      )}
      <EnrollmentPanel
        courseId={course.id}
        published={course.status === 'PUBLISHED' || course.version !== null}
        retakeOpen={course.status === 'PUBLISHED'}
        signedIn={me !== null}
        enrollment={enrollment}
        continueTo={next ? `/courses/${course.id}/lessons/${next.id}` : null}
        renewal={renewal}
        onChanged={() => refetch()}
      />
      {enrollment && <CompletionHistory completions={enrollment.completions} />}
      <Card title={t('courses.course.contents', { count: lessonCount })}>
        <CourseOutline courseId={course.id} modules={course.modules} completedIds={completedIds} linked={enrolled || course.canEdit} />
      </Card>
    </article>
  );
}

/** An editor reads the working copy: it is unpublished only while the course is not published or a revision is open. */
function workingCopyNoteOf(course: { status: string; revisionStatus?: string | null }): string {
  const unpublishedChanges = course.status !== 'PUBLISHED' || (course.revisionStatus ?? null) !== null;
  return unpublishedChanges ? 'courses.course.workingCopyNote' : 'courses.course.publishedCopyNote';
}
