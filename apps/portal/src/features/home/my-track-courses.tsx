import { useQuery } from '@apollo/client/react';
import { homeTrackQuery } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { QueryError } from '../../shared/query-error';
import { useTrackText } from '../courses/shared/localized-track';
import { mandatoryCourseState } from './mandatory-course-state';

export interface MyTrackCoursesProps {
  trackCode: string;
}

/** The mandatory courses of the signed-in official's track, each with where they stand in it. */
export function MyTrackCourses({ trackCode }: MyTrackCoursesProps) {
  const { t } = useTranslation();
  const trackText = useTrackText();
  const { data, error } = useQuery(homeTrackQuery, { variables: { code: trackCode } });
  const track = data?.track;
  const mandatory = track?.courseEntries.filter((entry) => entry.mandatory) ?? [];
  return (
    <section aria-labelledby="my-track-title" data-testid="home-my-track">
      <QueryError error={error} />
      {track && (
        <>
          <h2 id="my-track-title">{t('home.myTrackTitle', { track: trackText.title(track) })}</h2>
          {mandatory.length === 0 ? (
            <p>{t('home.myTrackEmpty')}</p>
          ) : (
            <ul className="hs-stack hs-plain-list">
              {mandatory.map(({ course }) => {
                const state = mandatoryCourseState(course.myEnrollment);
                return (
                  <li key={course.id} data-testid="home-mandatory-course" data-state={state}>
                    <Link to={`/courses/${course.id}`}>{course.title}</Link>{' '}
                    <span className={`hs-chip ${state === 'NOT_STARTED' ? 'hs-chip--mandatory' : 'hs-chip--neutral'}`}>{t(`home.mandatoryState.${state}`)}</span>
                  </li>
                );
              })}
            </ul>
          )}
          <p>
            <Link to={`/tracks/${track.code}`}>{t('home.myTrackOpen')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
