import type { DiffOp } from '../shared/sequence-diff';
import type { CourseDiff, LessonDiff, ModuleDiff } from '../shared/course-diff';
import { useTranslation } from 'react-i18next';

function TextDiff({ ops, label }: { ops: DiffOp<string>[]; label: string }) {
  return (
    <figure className="hs-text-diff">
      <figcaption className="hs-muted">{label}</figcaption>
      <pre>
        {ops.map((op, index) => (
          <span key={index} className={`hs-text-diff__line hs-text-diff__line--${op.type}`}>
            <span aria-hidden="true">{op.type === 'added' ? '+ ' : op.type === 'removed' ? '− ' : '  '}</span>
            {op.type !== 'same' && <span className="hs-visually-hidden">{op.type === 'added' ? '+' : '−'}</span>}
            {op.value || ' '}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}

function ChangeBadge({ status, moved }: { status: string; moved: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {status !== 'unchanged' && <span className={`hs-diff-badge hs-diff-badge--${status}`}>{t(`courses.review.change.${status}`)}</span>}
      {moved && <span className="hs-diff-badge hs-diff-badge--moved">{t('courses.review.change.moved')}</span>}
    </>
  );
}

function LessonDiffView({ lesson }: { lesson: LessonDiff }) {
  const { t } = useTranslation();
  return (
    <li className={`hs-diff-lesson hs-diff-lesson--${lesson.status}`} data-testid="diff-lesson" data-status={lesson.status} data-moved={lesson.moved}>
      <div className="hs-row">
        <ChangeBadge status={lesson.status} moved={lesson.moved} />
        <span className="hs-chip hs-chip--neutral">{t(`courses.lessonKind.${lesson.kind}`)}</span>
        <strong>{lesson.title}</strong>
        {lesson.previousTitle && <span className="hs-muted">{t('courses.review.wasTitled', { title: lesson.previousTitle })}</span>}
        {lesson.movedFromModule && <span className="hs-muted">{t('courses.review.movedFrom', { module: lesson.movedFromModule })}</span>}
      </div>
      {lesson.changedFields.length > 0 && (
        <p className="hs-muted">{t('courses.review.changedFields', { fields: lesson.changedFields.map((field) => t(`courses.review.field.${field}`)).join(', ') })}</p>
      )}
      {lesson.changedFields.includes('videoUrl') && (
        <p className="hs-muted">
          {t('courses.review.videoChanged', { before: lesson.previousVideoUrl ?? '—', after: lesson.videoUrl ?? '—' })}
        </p>
      )}
      {lesson.status === 'added' && lesson.videoUrl && <p className="hs-muted">{lesson.videoUrl}</p>}
      {(lesson.changedFields.includes('file') || (lesson.status === 'added' && lesson.fileName)) && (
        <p className="hs-muted">{t('courses.review.fileChanged', { before: lesson.previousFileName ?? '—', after: lesson.fileName ?? '—' })}</p>
      )}
      {lesson.bodyDiff && <TextDiff ops={lesson.bodyDiff} label={t('courses.review.field.body')} />}
      {lesson.transcriptDiff && <TextDiff ops={lesson.transcriptDiff} label={t('courses.review.field.transcript')} />}
    </li>
  );
}

function ModuleDiffView({ module }: { module: ModuleDiff }) {
  const { t } = useTranslation();
  return (
    <li className={`hs-diff-module hs-diff-module--${module.status}`} data-testid="diff-module" data-status={module.status}>
      <h4 className="hs-row">
        <ChangeBadge status={module.status} moved={module.moved} />
        <span>{module.title}</span>
        {module.previousTitle && <span className="hs-muted">{t('courses.review.wasTitled', { title: module.previousTitle })}</span>}
      </h4>
      {module.lessons.length === 0 ? (
        <p className="hs-muted">{t('courses.editor.lesson.none')}</p>
      ) : (
        <ol className="hs-diff-lessons">
          {module.lessons.map((lesson) => (
            <LessonDiffView key={`${lesson.status}-${lesson.id}`} lesson={lesson} />
          ))}
        </ol>
      )}
    </li>
  );
}

export function CourseDiffView({ diff, showUnchanged }: { diff: CourseDiff; showUnchanged: boolean }) {
  const { t } = useTranslation();
  const modules = showUnchanged ? diff.modules : diff.modules.filter((module) => module.status !== 'unchanged' || module.moved);
  return (
    <div className="hs-stack" data-testid="review-diff" data-first-version={diff.firstVersion}>
      <p data-testid="review-diff-summary">
        {diff.firstVersion ? t('courses.review.firstVersion') : diff.hasChanges ? t('courses.review.summary', { ...diff.summary }) : t('courses.review.noChanges')}
      </p>
      <ol className="hs-diff-modules">
        {modules.map((module) => (
          <ModuleDiffView key={`${module.status}-${module.id}`} module={module} />
        ))}
      </ol>
    </div>
  );
}
