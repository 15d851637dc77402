import type { CourseCardFieldsFragment } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CourseCover, type CoverPlacement } from '../shared/course-cover';
import { CourseMarks } from './course-marks';

export interface CourseCardProps {
  course: CourseCardFieldsFragment;
  trackCode?: string;
  /** e.g. the place in a track */
  prefix?: ReactNode;
  /** Where the card's cover is on the page (see CourseCover). */
  coverPlacement?: CoverPlacement;
}

export function CourseCard({ course, trackCode, prefix, coverPlacement }: CourseCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      headingLevel={2}
      className="hs-course-card"
      data-testid="course-card"
      data-course-id={course.id}
      data-course-code={course.code}
      title={
        <>
          {prefix}
          <Link to={`/courses/${course.id}`} data-testid="course-card-link">
            {course.title}
          </Link>
        </>
      }
    >
      <CourseCover className="hs-course-card__cover" alt={t('courses.card.coverAlt', { title: course.title })} url={course.coverImageUrl} placement={coverPlacement} />
      <p className="hs-muted hs-course-card__code">{course.code}</p>
      <p className="hs-course-card__summary">{course.summary}</p>
      <CourseMarks course={course} trackCode={trackCode} />
    </Card>
  );
}
