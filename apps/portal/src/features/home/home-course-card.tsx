import type { HomeCourseFieldsFragment } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CourseCover } from '../courses/shared/course-cover';
import { formatHours } from '../courses/shared/format-hours';

export interface HomeCourseCardProps {
  course: HomeCourseFieldsFragment;
  testId: string;
}

/** A course on the home page: its cover, title, study hours and learners. */
export function HomeCourseCard({ course, testId }: HomeCourseCardProps) {
  const { t, i18n } = useTranslation();
  return (
    <Card
      headingLevel={3}
      className="hs-course-card"
      data-testid={testId}
      data-course-id={course.id}
      title={<Link to={`/courses/${course.id}`}>{course.title}</Link>}
    >
      <CourseCover className="hs-course-card__cover" alt={t('home.coverAlt', { title: course.title })} url={course.coverImageUrl} />
      <p className="hs-course-card__summary">{course.summary}</p>
      <p className="hs-muted">
        {t('home.courseHours', { hours: formatHours(course.hours, i18n.language) })} · {t('home.courseLearners', { count: course.learnerCount })}
      </p>
    </Card>
  );
}
