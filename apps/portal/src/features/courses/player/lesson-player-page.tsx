import { useMutation, useQuery } from '@apollo/client/react';
import { completeLessonMutation, coursePlayerQuery } from '@hocso/portal-data-access';
import { Alert, Button, ProgressBar } from '@hocso/portal-ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { CourseOutline } from '../course/course-outline';
import { lessonNeighbours, progressPercent } from '../shared/lesson-sequence';
import { LessonContent } from './lesson-content';

export function LessonPlayerPage() {
  const { t } = useTranslation();
  const { id = '', lessonId = '' } = useParams();
  const { data, loading, error } = useQuery(coursePlayerQuery, { variables: { id } });
  const [complete, completing] = useMutation(completeLessonMutation);
  const { error: actionError, showError, clearError } = useDisplayError();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const course = data?.course;
  const lesson = course?.modules.flatMap((module) => module.lessons).find((candidate) => candidate.id === lessonId) ?? null;

  useEffect(() => {
    if (!lesson || !course) return;
    document.title = `${lesson.title} – ${course.title}`;
    headingRef.current?.focus();
    clearError();
  }, [lesson?.id]); // only when the lesson changes

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (!course) return <QueryError error={error} />;
  if (!lesson) {
    return (
      <Alert tone="error">
        {t('courses.player.notFound')} <Link to={`/courses/${course.id}`}>{t('courses.player.backToCourse')}</Link>
      </Alert>
    );
  }
  const neighbours = lessonNeighbours(course.modules, lesson.id);
  const enrollment = course.myEnrollment && course.myEnrollment.status !== 'WITHDRAWN' ? course.myEnrollment : null;
  const done = enrollment?.completedLessonIds.includes(lesson.id) ?? false;

  const markDone = async () => {
    clearError();
    try {
      await complete({ variables: { lessonId: lesson.id } });
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-player" data-testid="lesson-player" data-lesson-id={lesson.id} data-lesson-kind={lesson.kind}>
      <nav className="hs-breadcrumbs" aria-label={t('courses.player.breadcrumbs')}>
        <Link to={`/courses/${course.id}`} data-testid="lesson-back-to-course">
          {course.title}
        </Link>
        {neighbours?.moduleTitle && <span aria-hidden="true"> › </span>}
        {neighbours?.moduleTitle && <span>{neighbours.moduleTitle}</span>}
      </nav>
      <div className="hs-player__layout">
        <article className="hs-player__main hs-stack">
          <header>
            <p className="hs-muted">
              {t(`courses.lessonKind.${lesson.kind}`)}
              {neighbours && ` · ${t('courses.player.position', { index: neighbours.index + 1, total: neighbours.total })}`}
            </p>
            <h1 ref={headingRef} tabIndex={-1} data-testid="lesson-title">
              {lesson.title}
            </h1>
          </header>
          <LessonContent lesson={lesson} />
          <FormError error={actionError} />
          {enrollment ? (
            <div className="hs-player__done hs-stack">
              <ProgressBar value={progressPercent(enrollment.progress)} label={t('courses.course.progress')} data-testid="lesson-progress" />
              {done ? (
                <p className="hs-done-mark" role="status" data-testid="lesson-done">
                  ✓ {t('courses.player.done')}
                </p>
              ) : (
                <Button busy={completing.loading} onClick={() => void markDone()} data-testid="lesson-complete">
                  {t('courses.player.markDone')}
                </Button>
              )}
              {enrollment.status === 'COMPLETED' && !enrollment.retakeStartedAt && (
                <Alert tone="success" data-testid="lesson-course-completed">
                  {t('courses.course.completed')} <Link to="/my-learning">{t('courses.player.toMyLearning')}</Link>
                </Alert>
              )}
            </div>
          ) : (
            !course.canEdit && (
              <Alert tone="info">
                {t('courses.player.enrollToTrack')} <Link to={`/courses/${course.id}`}>{t('courses.player.backToCourse')}</Link>
              </Alert>
            )
          )}
          <nav className="hs-player__pager" aria-label={t('courses.player.pager')}>
            {neighbours?.previous ? (
              <Link className="hs-button hs-button--secondary" to={`/courses/${course.id}/lessons/${neighbours.previous.id}`} rel="prev" data-testid="lesson-previous">
                ← {t('courses.player.previous')}
              </Link>
            ) : (
              <span />
            )}
            {neighbours?.next ? (
              <Link className="hs-button hs-button--primary" to={`/courses/${course.id}/lessons/${neighbours.next.id}`} rel="next" data-testid="lesson-next">
                {t('courses.player.next')} →
              </Link>
            ) : (
              <Link className="hs-button hs-button--secondary" to={`/courses/${course.id}`} data-testid="lesson-finish">
                {t('courses.player.backToCourse')}
              </Link>
            )}
          </nav>
        </article>
        <aside className="hs-player__outline">
          <details className="hs-disclosure" open={typeof window !== 'undefined' && window.matchMedia?.('(min-width: 56rem)').matches}>
            <summary>{t('courses.player.outline')}</summary>
            <CourseOutline courseId={course.id} modules={course.modules} completedIds={enrollment?.completedLessonIds ?? []} linked currentLessonId={lesson.id} />
          </details>
        </aside>
      </div>
    </div>
  );
}
