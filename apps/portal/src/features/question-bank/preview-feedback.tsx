import type { QuestionTextFormat } from '@hocso/portal-data-access';
import { QuestionTextView } from './question-text-view';

export interface PreviewFeedbackProps {
  label: string;
  text: string;
  format: QuestionTextFormat;
}

export function PreviewFeedback({ label, text, format }: PreviewFeedbackProps) {
  return (
    <div className="hs-qb-feedback">
      <strong>{label}:</strong> <QuestionTextView text={text} format={format} inline />
    </div>
  );
}
