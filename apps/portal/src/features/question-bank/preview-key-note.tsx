import type { QuestionTextFormat } from '@hocso/portal-data-access';
import { formatFractionPercent } from './fraction-input';
import type { KeyedAnswer } from './question-preview-model';
import { QuestionTextView } from './question-text-view';

export interface PreviewKeyNoteProps {
  answer: KeyedAnswer;
  format: QuestionTextFormat;
}

export function PreviewKeyNote({ answer, format }: PreviewKeyNoteProps) {
  return (
    <div className="hs-qb-option__key">
      <span className="hs-qb-option__grade" data-testid="preview-option-grade">
        {formatFractionPercent(answer.fraction)}%
      </span>
      {answer.feedback && <QuestionTextView text={answer.feedback} format={format} inline className="hs-qb-option__feedback" />}
    </div>
  );
}
