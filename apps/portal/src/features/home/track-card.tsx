import type { TracksQuery } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useTrackText } from '../courses/shared/localized-track';

export type TrackSummary = TracksQuery['tracks'][number];

export interface TrackCardProps {
  track: TrackSummary;
}

export function TrackCard({ track }: TrackCardProps) {
  const { t } = useTranslation();
  const text = useTrackText();
  return (
    <Card title={<Link to={`/tracks/${track.code}`} data-testid="track-card-link">{text.title(track)}</Link>} headingLevel={3} data-testid="track-card" data-track-code={track.code}>
      <p>{text.description(track)}</p>
      <p className="hs-muted">{t('home.audiencesLabel')}</p>
      <ul className="hs-chip-list" aria-label={t('home.audiencesLabel')}>
        {track.audiences.map((audience) => (
          <li key={audience} className="hs-chip">
            {t(`audiences.${audience}`)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
