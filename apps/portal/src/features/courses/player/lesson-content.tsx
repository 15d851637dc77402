import type { LessonPlayerFieldsFragment } from '@hocso/portal-data-access';
import { Alert } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { minutesOf } from '../../exams/shared/format';
import { formatBytes } from '../shared/format-hours';
import { VideoLesson } from './video-lesson';

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
    case 'VIDEO':
      return <VideoLesson lesson={lesson} />;
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
