import { useQuery } from '@apollo/client/react';
import { trackWithCoursesQuery } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { formatHours } from '../shared/format-hours';
import { useTrackText } from '../shared/localized-track';
import { CourseCard } from './course-card';

export function TrackPage() {
  const { t, i18n } = useTranslation();
  const trackText = useTrackText();
  const { code = '' } = useParams();
  const { data, loading, error } = useQuery(trackWithCoursesQuery, { variables: { code } });
  const track = data?.track;

  if (loading && !data) return <p role="status">{t('common.loading')}</p>;
  if (error) return <QueryError error={error} />;
  if (!track) {
    return (
      <>
        <PageTitle title={t('courses.track.notFound')} />
        <Link to="/courses">{t('courses.track.backToCatalogue')}</Link>
      </>
    );
  }
  const entries = track.courseEntries;
  const mandatoryHours = entries.filter((entry) => entry.mandatory).reduce((sum, entry) => sum + entry.course.hours, 0);
  return (
    <div data-testid="track-page" data-track-code={track.code}>
      <PageTitle title={trackText.title(track)} />
      <p>{trackText.description(track)}</p>
      <ul className="hs-chip-list" aria-label={t('home.audiencesLabel')}>
        {track.audiences.map((audience) => (
          <li key={audience} className="hs-chip">
            {t(`audiences.${audience}`)}
          </li>
        ))}
      </ul>
      <p className="hs-muted">
        {t('courses.track.summary', {
          count: entries.length,
          mandatory: entries.filter((entry) => entry.mandatory).length,
          hours: formatHours(mandatoryHours, i18n.language),
        })}
      </p>
      {entries.length === 0 && <p>{t('courses.track.empty')}</p>}
      <ol className="hs-track-courses">
        {entries.map((entry) => (
          <li key={entry.course.id} data-testid="track-course" data-mandatory={entry.mandatory}>
            <CourseCard
              course={entry.course}
              trackCode={track.code}
              prefix={<span className="hs-track-courses__position">{t('courses.track.position', { position: entry.position })} </span>}
            />
          </li>
        ))}
      </ol>
      <p>
        <Link to={`/courses?track=${encodeURIComponent(track.code)}`}>{t('courses.track.searchInTrack')}</Link>
      </p>
    </div>
  );
}
