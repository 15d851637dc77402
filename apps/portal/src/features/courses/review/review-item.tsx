import { useMutation, useQuery } from '@apollo/client/react';
import { courseReviewContentQuery, publishCourseMutation, returnCourseToDraftMutation, type EditorCourseFieldsFragment } from '@hocso/portal-data-access';
import { Button, CheckboxField, TextAreaField } from '@hocso/portal-ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { QueryError } from '../../../shared/query-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { diffCourseContent } from '../shared/course-diff';
import { formatHours } from '../shared/format-hours';
import { workflowStage } from '../shared/course-stage';
import { CourseDiffView } from './course-diff-view';

export interface ReviewItemProps {
  course: EditorCourseFieldsFragment;
  onDecided(): Promise<unknown>;
}

/** One course waiting for review: what changed since the published version, and the decision. */
export function ReviewItem({ course, onDecided }: ReviewItemProps) {
  const { t, i18n } = useTranslation();
  // 'no-cache': lessons keep their ids across versions, so the cache would merge the two copies compared.
  const content = useQuery(courseReviewContentQuery, { variables: { id: course.id }, fetchPolicy: 'no-cache' });
  const [showUnchanged, setShowUnchanged] = useState(false);
  const [comment, setComment] = useState('');
  const [publish, publishing] = useMutation(publishCourseMutation);
  const [returnToDraft, returning] = useMutation(returnCourseToDraftMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const stage = workflowStage(course);

  const reviewed = content.data?.course;
  const live = reviewed?.versions.find((version) => version.live) ?? null;
  // A first version has nothing published to compare with (live null).
  const diff = useMemo(() => (reviewed ? diffCourseContent(live?.modules ?? null, reviewed.modules) : null), [reviewed, live]);

  const decide = async (action: () => Promise<unknown>) => {
    clearError();
    try {
      await action();
      await onDecided();
    } catch (cause) {
      showError(cause);
    }
  };

  const handleReturn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await decide(() => returnToDraft({ variables: { courseId: course.id, comment } }));
  };

  return (
    <article className="hs-card hs-stack" data-testid="review-item" data-course-id={course.id} data-course-code={course.code} aria-labelledby={`review-${course.id}`}>
      <h2 id={`review-${course.id}`} className="hs-card__title">
        {course.title}
      </h2>
      <p className="hs-muted">
        {course.code} · {t('courses.card.hours', { hours: formatHours(course.hours, i18n.language) })} ·{' '}
        {t(`courses.editor.workflow.stage.${stage}`)}
        {live && ` · ${t('courses.review.publishedVersion', { version: live.version })}`}
      </p>
      {course.submittedAt && (
        <p data-testid="review-submitted">
          {t(course.submittedBy ? 'courses.review.submittedBy' : 'courses.review.submittedAt', {
            name: course.submittedBy,
            date: new Date(course.submittedAt).toLocaleString(i18n.language.startsWith('en') ? 'en' : 'vi', { dateStyle: 'medium', timeStyle: 'short' }),
          })}
        </p>
      )}
      <p className="hs-preserve-lines">{course.summary}</p>
      <p>
        <Link to={`/courses/${course.id}`}>{t('courses.review.preview')}</Link>
      </p>
      <QueryError error={content.error} />
      {!diff && !content.error && <p role="status">{t('common.loading')}</p>}
      {diff && (
        <>
          <CheckboxField label={t('courses.review.showUnchanged')} checked={showUnchanged} onChange={(event) => setShowUnchanged(event.target.checked)} />
          <CourseDiffView diff={diff} showUnchanged={showUnchanged || diff.firstVersion} />
        </>
      )}
      <FormError error={error} />
      {course.allowedActions.includes('PUBLISH') && (
        <div className="hs-row">
          <Button busy={publishing.loading} onClick={() => void decide(() => publish({ variables: { courseId: course.id } }))} data-testid="review-publish">
            {t('courses.review.publish')}
          </Button>
        </div>
      )}
      {course.allowedActions.includes('RETURN') && (
        <form className="hs-stack" onSubmit={(event) => void handleReturn(event)}>
          <TextAreaField
            label={t('courses.review.comment')}
            hint={t('courses.review.commentHint')}
            rows={3}
            value={comment}
            error={fieldError('comment')}
            onChange={(event) => setComment(event.target.value)}
            data-testid="review-comment-input"
          />
          <Button type="submit" variant="secondary" busy={returning.loading} data-testid="review-return">
            {t('courses.review.return')}
          </Button>
        </form>
      )}
    </article>
  );
}
