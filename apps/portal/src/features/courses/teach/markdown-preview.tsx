import { useQuery } from '@apollo/client/react';
import { lessonMarkdownPreviewQuery } from '@hocso/portal-data-access';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../shared/query-error';

/** How long typing pauses before the preview is asked for again. */
export const PREVIEW_DELAY_MS = 400;

export interface MarkdownPreviewProps {
  markdown: string;
  testId: string;
}

/**
 * A TEXT lesson as learners will see it, live while the author types: the API renders and sanitises it with
 * the same rules as the lesson itself (marked + sanitize-html), so the preview is what will be shown and the
 * portal carries no Markdown library of its own.
 */
export function MarkdownPreview({ markdown, testId }: MarkdownPreviewProps) {
  const { t } = useTranslation();
  const [settled, setSettled] = useState(markdown);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(markdown), PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [markdown]);
  const { data, previousData, error } = useQuery(lessonMarkdownPreviewQuery, { variables: { markdown: settled }, skip: settled.trim() === '' });
  const html = settled.trim() === '' ? '' : (data ?? previousData)?.lessonMarkdownPreview ?? '';
  return (
    <section className="hs-markdown-preview" aria-label={t('courses.editor.lesson.preview')} aria-live="polite">
      <p className="hs-muted">{t('courses.editor.lesson.preview')}</p>
      <QueryError error={error} />
      {html === '' ? (
        <p className="hs-muted">{t('courses.editor.lesson.previewEmpty')}</p>
      ) : (
        // Rendered and sanitised by the API (no script, handlers or javascript:/data: URLs), as bodyHtml is.
        <div className="hs-lesson-text" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </section>
  );
}
