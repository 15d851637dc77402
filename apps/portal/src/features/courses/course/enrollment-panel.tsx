import { useMutation } from '@apollo/client/react';
import { enrollMutation, withdrawMutation, type CourseEnrollmentFieldsFragment } from '@hocso/portal-data-access';
import { Alert, Button, ProgressBar } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { progressPercent } from '../shared/lesson-sequence';
import { EnrollmentCertificate } from '../../certificates/enrollment-certificate';
import type { CourseRenewalDue } from './course-renewal-due';
import { CourseRetake } from './course-retake';

export interface EnrollmentPanelProps {
  courseId: string;
  published: boolean;
  /** Whether the course may be taken again now: the server allows it only while the course is published. */
  retakeOpen: boolean;
  signedIn: boolean;
  enrollment: CourseEnrollmentFieldsFragment | null;
  /** where "continue" leads (the first lesson not done) */
  continueTo: string | null;
  /** A requirement due for renewal that taking the completed course again renews. */
  renewal: CourseRenewalDue | null;
  onChanged(): Promise<unknown>;
}

export function EnrollmentPanel({ courseId, published, retakeOpen, signedIn, enrollment, continueTo, renewal, onChanged }: EnrollmentPanelProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { error, showError, clearError } = useDisplayError();
  const [confirmingWithdraw, setConfirmingWithdraw] = useState(false);
  const [enroll, enrolling] = useMutation(enrollMutation);
  const [withdraw, withdrawing] = useMutation(withdrawMutation);
  const active = enrollment && enrollment.status !== 'WITHDRAWN' ? enrollment : null;
  const reviewing = active?.status === 'COMPLETED' && !active.retakeStartedAt;

  const run = async (action: () => Promise<unknown>) => {
    clearError();
    try {
      await action();
      await onChanged();
    } catch (cause) {
      showError(cause);
    }
  };

  if (!signedIn) {
    return (
      <div className="hs-enroll-panel">
        <Link className="hs-button hs-button--primary" to="/sign-in" state={{ from: location.pathname }} data-testid="course-signin-to-enroll">
          {t('courses.course.signInToEnroll')}
        </Link>
      </div>
    );
  }

  return (
    <div className="hs-enroll-panel hs-stack" data-testid="enrollment-panel" data-status={enrollment?.status ?? 'NONE'}>
      <FormError error={error} />
      {active ? (
        <>
          <ProgressBar value={progressPercent(active.progress)} label={t('courses.course.progress')} data-testid="course-progress" />
          {active.status === 'COMPLETED' && (
            <Alert tone="success" data-testid="course-completed">
              {t('courses.course.completed')}
            </Alert>
          )}
          <EnrollmentCertificate enrollment={active} />
          <CourseRetake courseId={courseId} published={retakeOpen} enrollment={active} renewal={renewal} run={run} />
          {active.dueAt && <p className="hs-muted">{t('courses.course.dueAt', { date: new Date(active.dueAt).toLocaleDateString() })}</p>}
          <div className="hs-row">
            {continueTo && (
              <Link className="hs-button hs-button--primary" to={continueTo} data-testid="course-continue">
                {reviewing ? t('courses.course.review') : active.completedLessonIds.length ? t('courses.course.continue') : t('courses.course.start')}
              </Link>
            )}
            {active.status === 'ACTIVE' && !confirmingWithdraw && (
              <Button variant="link" onClick={() => setConfirmingWithdraw(true)} data-testid="course-withdraw">
                {t('courses.course.withdraw')}
              </Button>
            )}
          </div>
          {confirmingWithdraw && (
            <Alert tone="warning">
              <p>{t('courses.course.withdrawConfirm')}</p>
              <div className="hs-row">
                <Button
                  variant="danger"
                  busy={withdrawing.loading}
                  data-testid="course-withdraw-confirm"
                  onClick={() => void run(async () => {
                    await withdraw({ variables: { courseId } });
                    setConfirmingWithdraw(false);
                  })}
                >
                  {t('courses.course.withdrawAction')}
                </Button>
                <Button variant="secondary" onClick={() => setConfirmingWithdraw(false)}>
                  {t('common.cancel')}
                </Button>
              </div>
            </Alert>
          )}
        </>
      ) : (
        <>
          {enrollment?.status === 'WITHDRAWN' && <p className="hs-muted">{t('courses.course.withdrawn')}</p>}
          {published ? (
            <Button busy={enrolling.loading} onClick={() => void run(() => enroll({ variables: { courseId } }))} data-testid="course-enroll">
              {enrollment?.status === 'WITHDRAWN' ? t('courses.course.reenroll') : t('courses.course.enroll')}
            </Button>
          ) : (
            <p className="hs-muted">{t('courses.course.notPublished')}</p>
          )}
        </>
      )}
    </div>
  );
}
