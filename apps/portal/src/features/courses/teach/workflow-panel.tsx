import { useMutation } from '@apollo/client/react';
import { archiveCourseMutation, submitCourseForReviewMutation, type CourseEditorQuery } from '@hocso/portal-data-access';
import { Alert, Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { workflowStage } from '../shared/course-stage';

type EditorCourse = NonNullable<CourseEditorQuery['course']>;

export interface WorkflowPanelProps {
  course: EditorCourse;
  onChanged(): Promise<unknown>;
}

/** Where the course is in DRAFT → IN_REVIEW → PUBLISHED, the reviewer's comment, and the next step. */
export function WorkflowPanel({ course, onChanged }: WorkflowPanelProps) {
  const { t, i18n } = useTranslation();
  const [submit, submitting] = useMutation(submitCourseForReviewMutation);
  const [archive, archiving] = useMutation(archiveCourseMutation);
  const [confirmingArchive, setConfirmingArchive] = useState(false);
  const { error, showError, clearError } = useDisplayError();
  const stage = workflowStage(course);

  const run = async (action: () => Promise<unknown>) => {
    clearError();
    try {
      await action();
      await onChanged();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <section className="hs-card hs-stack" aria-labelledby="workflow-title" data-testid="workflow-panel">
      <h2 id="workflow-title" className="hs-card__title">
        {t('courses.editor.workflow.title')}
      </h2>
      <p>
        <span className={`hs-status hs-status--${stage.toLowerCase()}`} data-testid="course-status" data-status={course.status} data-revision-status={course.revisionStatus ?? ''}>
          {t(`courses.editor.workflow.stage.${stage}`)}
        </span>
      </p>
      <p className="hs-muted">{t(`courses.editor.workflow.explain.${stage}`)}</p>
      {course.reviewComment && (stage === 'DRAFT' || stage === 'REVISION_DRAFT') && (
        <Alert tone="warning" data-testid="review-comment">
          <strong>{t('courses.editor.workflow.returned')}</strong>
          <span className="hs-preserve-lines"> {course.reviewComment}</span>
        </Alert>
      )}
      <FormError error={error} />
      <div className="hs-row">
        {course.allowedActions.includes('SUBMIT') && (
          <Button busy={submitting.loading} onClick={() => void run(() => submit({ variables: { courseId: course.id } }))} data-testid="course-submit-review">
            {t('courses.editor.workflow.submit')}
          </Button>
        )}
        {course.version !== null || course.status === 'PUBLISHED' ? (
          <Link to={`/courses/${course.id}`}>{t('courses.editor.workflow.viewPublished')}</Link>
        ) : null}
        {course.allowedActions.includes('ARCHIVE') && !confirmingArchive && (
          <Button variant="link" onClick={() => setConfirmingArchive(true)} data-testid="course-archive">
            {t('courses.editor.workflow.archive')}
          </Button>
        )}
      </div>
      {confirmingArchive && (
        <Alert tone="warning">
          <p>{t('courses.editor.workflow.archiveConfirm')}</p>
          <div className="hs-row">
            <Button variant="danger" busy={archiving.loading} onClick={() => void run(() => archive({ variables: { courseId: course.id } }))} data-testid="course-archive-confirm">
              {t('courses.editor.workflow.archive')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirmingArchive(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Alert>
      )}
      {stage === 'IN_REVIEW' && <p className="hs-muted">{t('courses.editor.workflow.lockedInReview')}</p>}
      {course.versions.length > 0 && (
        <div>
          <h3>{t('courses.editor.workflow.versions')}</h3>
          <ul className="hs-plain-list" data-testid="course-versions">
            {course.versions.map((version) => (
              <li key={version.version}>
                {t('courses.editor.workflow.versionLine', {
                  version: version.version,
                  date: new Date(version.publishedAt).toLocaleDateString(i18n.language),
                  count: version.learnerCount,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
