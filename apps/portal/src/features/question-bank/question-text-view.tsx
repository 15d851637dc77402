import type { QuestionTextFormat } from '@hocso/portal-data-access';
import { useMemo } from 'react';
import { questionTextToHtml } from './question-text';
import { sanitizeHtml } from './sanitize-html';

export interface QuestionTextViewProps {
  text: string;
  format: QuestionTextFormat;
  className?: string;
  inline?: boolean;
}

/** A question text rendered as the learner reads it, sanitised in the browser too. */
export function QuestionTextView({ text, format, className, inline = false }: QuestionTextViewProps) {
  const html = useMemo(() => sanitizeHtml(questionTextToHtml(text, format)), [text, format]);
  const Element = inline ? 'span' : 'div';
  return <Element className={['hs-qb-text', className ?? ''].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}
