import { useQuery } from '@apollo/client/react';
import { homeCoursesQuery, type HomeCourseFieldsFragment } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/query-error';
import { HomeCourseCard } from './home-course-card';

/** How many courses of each kind the home page shows: two rows of a phone's scroll, one row on a desk. */
const HIGHLIGHTS_PER_KIND = 4;

/** Featured (the most enrolled) and the newest published courses. */
export function CourseHighlights() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(homeCoursesQuery, { variables: { first: HIGHLIGHTS_PER_KIND } });
  const highlights = data?.courseHighlights;
  // While the courses load, their place is kept (about two cards tall) so the sections below do not jump.
  return (
    <div className={loading && !data ? 'hs-home-highlights hs-home-highlights--loading' : 'hs-home-highlights'}>
      {loading && !data && <p role="status">{t('common.loading')}</p>}
      <QueryError error={error} />
      {highlights && (
        <>
          <CourseRow id="featured-title" title={t('home.featuredTitle')} courses={highlights.mostEnrolled} testId="home-featured-course" />
          <CourseRow id="newest-title" title={t('home.newestTitle')} courses={highlights.newest} testId="home-newest-course" />
          <p>
            <Link to="/courses">{t('home.allCourses')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

function CourseRow({ id, title, courses, testId }: { id: string; title: string; courses: readonly HomeCourseFieldsFragment[]; testId: string }) {
  if (courses.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="hs-grid hs-grid--4">
        {courses.map((course) => (
          <HomeCourseCard key={course.id} course={course} testId={testId} />
        ))}
      </div>
    </section>
  );
}
