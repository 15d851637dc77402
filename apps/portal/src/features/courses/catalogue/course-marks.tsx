import type { CourseCardFieldsFragment } from '@hocso/portal-data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatHours } from '../shared/format-hours';
import { useTrackText } from '../shared/localized-track';

export interface CourseMarksProps {
  course: Pick<CourseCardFieldsFragment, 'hours' | 'trackPlacements'>;
  /** Only this track's mark (the track page); all tracks otherwise. */
  trackCode?: string;
}

/** Study hours, and each track the course belongs to with its mandatory mark. */
export function CourseMarks({ course, trackCode }: CourseMarksProps) {
  const { t, i18n } = useTranslation();
  const trackText = useTrackText();
  const placements = course.trackPlacements.filter((placement) => !trackCode || placement.track.code === trackCode);
  return (
    <ul className="hs-chip-list hs-course-marks" aria-label={t('courses.card.marksLabel')}>
      <li className="hs-chip hs-chip--neutral" data-testid="course-hours">
        {t('courses.card.hours', { hours: formatHours(course.hours, i18n.language) })}
      </li>
      {placements.map((placement) => (
        <li key={placement.track.id} className={['hs-chip', placement.mandatory ? 'hs-chip--mandatory' : ''].filter(Boolean).join(' ')}>
          {trackCode ? null : (
            <Link to={`/tracks/${placement.track.code}`} className="hs-chip__link">
              {trackText.title(placement.track)}
            </Link>
          )}
          {placement.mandatory && (
            <span data-testid="course-mandatory">{trackCode ? t('courses.card.mandatory') : ` · ${t('courses.card.mandatory')}`}</span>
          )}
          {trackCode && !placement.mandatory && <span>{t('courses.card.optional')}</span>}
        </li>
      ))}
    </ul>
  );
}
