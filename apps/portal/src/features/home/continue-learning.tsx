import type { HomeLearningQuery } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { nextLessonToStudy } from '../courses/shared/lesson-sequence';
import { lastActiveEnrollment } from './last-active-enrollment';
import { numberFormat } from '../../shared/intl-formats';

export interface ContinueLearningProps {
  enrollments: HomeLearningQuery['myEnrollments'];
}

/** "Continue where you left off": the course in progress the learner last worked in, and its next lesson. */
export function ContinueLearning({ enrollments }: ContinueLearningProps) {
  const { t, i18n } = useTranslation();
  const current = lastActiveEnrollment(enrollments);
  if (!current) return null;
  const next = nextLessonToStudy(current.course.modules, current.completedLessonIds);
  const percent = numberFormat(i18n.language.startsWith('en') ? 'en' : 'vi', { style: 'percent' }).format(current.progress);
  return (
    <section aria-labelledby="continue-title" data-testid="home-continue">
      <h2 id="continue-title">{t('home.continueTitle')}</h2>
      <Card headingLevel={3} title={current.course.title}>
        <p className="hs-muted">{t('home.continueProgress', { percent })}</p>
        {next && <p>{t('home.continueNext', { title: next.title })}</p>}
        <p>
          <Link
            className="hs-button hs-button--primary"
            to={next ? `/courses/${current.course.id}/lessons/${next.id}` : `/courses/${current.course.id}`}
            data-testid="home-continue-link"
          >
            {t('home.continueAction')}
          </Link>
        </p>
      </Card>
    </section>
  );
}
