import type { LessonPlayerFieldsFragment } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { videoSourceOf } from '../shared/video-embed';

/** An embedded player that has not loaded after this long is taken as blocked (a firewall, no network). */
export const EMBED_LOAD_TIMEOUT_MS = 15_000;

export interface VideoLessonProps {
  lesson: Pick<LessonPlayerFieldsFragment, 'title' | 'videoUrl' | 'transcript'>;
}

/**
 * A video lesson: the player, a link to open the video elsewhere and the transcript. When the video cannot
 * load (the file answers an error, the embedded player never arrives, the phone is offline), a clear message
 * says so and points to the transcript and the link, which stay usable.
 */
export function VideoLesson({ lesson }: VideoLessonProps) {
  const { t } = useTranslation();
  const source = videoSourceOf(lesson.videoUrl);
  const [failed, setFailed] = useState(false);
  const [embedLoaded, setEmbedLoaded] = useState(false);

  useEffect(() => {
    setFailed(false);
    setEmbedLoaded(false);
  }, [lesson.videoUrl]);

  useEffect(() => {
    if (source.kind !== 'youtube' || embedLoaded) return undefined;
    if (typeof navigator !== 'undefined' && navigator.onLine === false) {
      setFailed(true);
      return undefined;
    }
    const timer = window.setTimeout(() => setFailed(true), EMBED_LOAD_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [source.kind, embedLoaded, lesson.videoUrl]);

  return (
    <div className="hs-stack" data-testid="lesson-video">
      {failed && (
        <Alert tone="warning">
          <span data-testid="lesson-video-failed">{t('courses.player.videoFailed')}</span>
        </Alert>
      )}
      {source.kind === 'youtube' && !failed && (
        <div className="hs-video">
          <iframe
            src={source.embedUrl}
            title={lesson.title}
            allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            onLoad={() => setEmbedLoaded(true)}
            data-testid="lesson-video-iframe"
          />
        </div>
      )}
      {source.kind === 'file' && !failed && (
        <video
          className="hs-video__player"
          src={source.url}
          controls
          preload="metadata"
          onError={() => setFailed(true)}
          data-testid="lesson-video-player"
        >
          <a href={source.url}>{t('courses.player.openVideo')}</a>
        </video>
      )}
      {source.kind === 'invalid' && <Alert tone="warning">{t('courses.player.noVideo')}</Alert>}
      {lesson.videoUrl && source.kind !== 'invalid' && (
        <p className="hs-muted">
          <a href={lesson.videoUrl} target="_blank" rel="noopener noreferrer" data-testid="lesson-video-link">
            {t('courses.player.openVideo')}
          </a>
        </p>
      )}
      {lesson.transcript && (
        <details className="hs-disclosure" open data-testid="lesson-transcript">
          <summary>{t('courses.player.transcript')}</summary>
          <div className="hs-transcript">{lesson.transcript}</div>
        </details>
      )}
    </div>
  );
}
