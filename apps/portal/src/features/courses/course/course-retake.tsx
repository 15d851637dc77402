import { useMutation } from '@apollo/client/react';
import { type CourseEnrollmentFieldsFragment, retakeCourseMutation } from '@hocso/portal-data-access';
import { Alert, Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dueDateText } from '../../home/my-requirements';
import type { CourseRenewalDue } from './course-renewal-due';

export interface CourseRetakeProps {
  courseId: string;
  published: boolean;
  enrollment: Pick<CourseEnrollmentFieldsFragment, 'status' | 'completedAt' | 'retakeStartedAt'>;
  /** A requirement due for renewal that taking the course again renews: the offer is then prominent. */
  renewal: CourseRenewalDue | null;
  /** Runs the mutation's errors through the panel's error display. */
  run(action: () => Promise<unknown>): Promise<void>;
}

/**
 * "Take the course again" on a completed course, after a confirmation that the earlier completion keeps counting
 * until it expires; while the retake runs, says so.
 */
export function CourseRetake({ courseId, published, enrollment, renewal, run }: CourseRetakeProps) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [retake, retaking] = useMutation(retakeCourseMutation);
  if (enrollment.status !== 'COMPLETED') return null;
  const date = (value: string | null | undefined) => (value ? dueDateText(value, i18n.resolvedLanguage) : '');

  if (enrollment.retakeStartedAt) {
    return (
      <Alert tone="info" data-testid="course-retaking">
        {t('courses.retake.underWay', { started: date(enrollment.retakeStartedAt), completed: date(enrollment.completedAt) })}
      </Alert>
    );
  }
  if (!published) return null;
  return (
    <div className="hs-stack" data-testid="course-retake">
      {renewal && (
        <Alert tone="warning" data-testid="course-renewal-due">
          {t('courses.retake.due', { title: renewal.title, date: date(renewal.expiresAt) })}
        </Alert>
      )}
      {confirming ? (
        <Alert tone="info">
          <p data-testid="course-retake-explained">{t('courses.retake.confirm', { date: date(enrollment.completedAt) })}</p>
          <div className="hs-row">
            <Button
              busy={retaking.loading}
              data-testid="course-retake-confirm"
              onClick={() => void run(async () => {
                await retake({ variables: { courseId } });
                setConfirming(false);
              })}
            >
              {t('courses.retake.confirmAction')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </Alert>
      ) : (
        <div className="hs-row">
          <Button variant={renewal ? 'primary' : 'secondary'} onClick={() => setConfirming(true)} data-testid="course-retake-start">
            {t('courses.retake.action')}
          </Button>
        </div>
      )}
    </div>
  );
}
