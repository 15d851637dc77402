import { useTranslation } from 'react-i18next';
import { formatHours } from '../shared/format-hours';

export interface CourseFactsProps {
  authorNames: readonly string[];
  hours: number;
  learnerCount: number;
  /** When the version shown was published (the working copy: when it was last changed). */
  updatedAt: string;
}

/** Who wrote the course, how long it takes, how many study it and how fresh it is, in the reader's locale. */
export function CourseFacts({ authorNames, hours, learnerCount, updatedAt }: CourseFactsProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en' : 'vi';
  return (
    <dl className="hs-course-facts" data-testid="course-facts">
      {authorNames.length > 0 && (
        <>
          <dt>{t('courses.course.authors', { count: authorNames.length })}</dt>
          <dd data-testid="course-authors">{new Intl.ListFormat(locale, { type: 'conjunction' }).format(authorNames)}</dd>
        </>
      )}
      <dt>{t('courses.course.studyHours')}</dt>
      <dd data-testid="course-study-hours">{t('courses.card.hours', { hours: formatHours(hours, locale) })}</dd>
      <dt>{t('courses.course.learners')}</dt>
      <dd data-testid="course-learner-count">{t('courses.course.learnerCount', { count: learnerCount })}</dd>
      <dt>{t('courses.course.lastUpdated')}</dt>
      <dd data-testid="course-last-updated">
        <time dateTime={updatedAt}>{new Date(updatedAt).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' })}</time>
      </dd>
    </dl>
  );
}
