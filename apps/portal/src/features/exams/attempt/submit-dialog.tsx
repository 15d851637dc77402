import { Alert, Button } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../../../shared/use-modal-dialog';
import type { SubmitCheck } from './navigator-state';

export interface SubmitDialogProps {
  open: boolean;
  check: SubmitCheck;
  busy: boolean;
  message: string | null;
  onConfirm(): void;
  onClose(): void;
  onGoTo(questionNumber: number): void;
}

/** "Nộp bài?" with what is still unanswered or flagged, each a link back to its question. */
export function SubmitDialog({ open, check, busy, message, onConfirm, onClose, onGoTo }: SubmitDialogProps) {
  const { t } = useTranslation();
  const dialog = useModalDialog(open);

  const numbers = (list: number[], testId: string) => (
    <ul className="hs-exam-submit__numbers" data-testid={testId}>
      {list.map((number) => (
        <li key={number}>
          <button type="button" className="hs-button hs-button--link" onClick={() => onGoTo(number)}>
            {t('exams.navigator.question', { number })}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <dialog ref={dialog} className="hs-dialog hs-exam-submit" aria-labelledby="exam-submit-title" onClose={onClose} onCancel={onClose} data-testid="submit-dialog">
      <h2 id="exam-submit-title">{t('exams.submit.title')}</h2>
      <p>{t('exams.submit.answered', { answered: check.answeredCount, total: check.answerableCount })}</p>
      {check.unanswered.length > 0 && (
        <>
          <p>
            <strong>{t('exams.submit.unanswered', { count: check.unanswered.length })}</strong>
          </p>
          {numbers(check.unanswered, 'submit-unanswered')}
        </>
      )}
      {check.flagged.length > 0 && (
        <>
          <p>
            <strong>{t('exams.submit.flagged', { count: check.flagged.length })}</strong>
          </p>
          {numbers(check.flagged, 'submit-flagged')}
        </>
      )}
      <p className="hs-muted">{t('exams.submit.final')}</p>
      {message && (
        <Alert tone="warning" data-testid="submit-message">
          {message}
        </Alert>
      )}
      <div className="hs-row hs-dialog__actions">
        <Button onClick={onConfirm} busy={busy} data-testid="submit-confirm">
          {t('exams.submit.confirm')}
        </Button>
        <Button variant="secondary" onClick={onClose} disabled={busy}>
          {t('exams.submit.back')}
        </Button>
      </div>
    </dialog>
  );
}
