import type { LessonPlayerFieldsFragment } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { minutesOf } from '../../exams/shared/format';
import { formatBytes } from '../shared/format-hours';
import { videoSourceOf } from '../shared/video-embed';

export interface LessonContentProps {
  lesson: LessonPlayerFieldsFragment;
}

/** What a lesson shows, by kind: text, video with transcript, or a file to download. */
export function LessonContent({ lesson }: LessonContentProps) {
  const { t, i18n } = useTranslation();
  switch (lesson.kind) {
    case 'TEXT':
      return (
        <div
          className="hs-lesson-text"
          data-testid="lesson-text"
          // bodyHtml is rendered from Markdown and sanitised by the API (marked + sanitize-html: no script,
          // style, event handlers or javascript:/data: URLs), so it is safe to insert as HTML here.
          dangerouslySetInnerHTML={{ __html: lesson.bodyHtml ?? '' }}
        />
      );
    case 'VIDEO': {
      const source = videoSourceOf(lesson.videoUrl);
      return (
        <div className="hs-stack" data-testid="lesson-video">
          {source.kind === 'youtube' && (
            <div className="hs-video">
              <iframe
                src={source.embedUrl}
                title={lesson.title}
                allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen"
                allowFullScreen
                loading="lazy"
                referrerPolicy="strict-origin-when-cross-origin"
                data-testid="lesson-video-iframe"
              />
            </div>
          )}
          {source.kind === 'file' && (
            <video className="hs-video__player" src={source.url} controls preload="metadata" data-testid="lesson-video-player">
              <a href={source.url}>{t('courses.player.openVideo')}</a>
            </video>
          )}
          {source.kind === 'invalid' && <Alert tone="warning">{t('courses.player.noVideo')}</Alert>}
          {lesson.videoUrl && source.kind !== 'invalid' && (
            <p className="hs-muted">
              <a href={lesson.videoUrl} target="_blank" rel="noopener noreferrer">
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
    case 'FILE':
      return lesson.file ? (
        <p data-testid="lesson-file">
          <a className="hs-button hs-button--secondary" href={lesson.file.url} download={lesson.file.name} data-testid="lesson-file-download">
            {t('courses.player.download', { name: lesson.file.name })}
          </a>{' '}
          <span className="hs-muted">{formatBytes(lesson.file.size, i18n.language)}</span>
        </p>
      ) : (
        <Alert tone="warning">{t('courses.player.noFile')}</Alert>
      );
    case 'EXAM':
      return lesson.exam ? (
        <div className="hs-stack" data-testid="lesson-exam">
          <p className="hs-muted">
            {t('exams.landing.questions', { count: lesson.exam.questionCount })}
            {lesson.exam.timeLimitSeconds ? ` · ${t('exams.landing.timeLimit', { count: minutesOf(lesson.exam.timeLimitSeconds) })}` : ''}
          </p>
          <p className="hs-muted">{t('courses.player.examDoneWhenPassed')}</p>
          <p>
            <Link className="hs-button hs-button--primary" to={`/exams/${lesson.exam.id}`} data-testid="lesson-exam-link">
              {t('courses.player.openExam', { title: lesson.exam.title })}
            </Link>
          </p>
        </div>
      ) : (
        <Alert tone="warning">{t('courses.player.noExam')}</Alert>
      );
  }
}
