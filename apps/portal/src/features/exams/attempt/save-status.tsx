import { useTranslation } from 'react-i18next';
import type { SaveQueueStatus } from './save-queue';
import { dateTimeFormat } from '../../../shared/intl-formats';

export interface SaveStatusProps {
  status: SaveQueueStatus;
}

/** Where the learner's answers are: saved on the server at a time, being saved, or kept on the phone offline. */
export function SaveStatus({ status }: SaveStatusProps) {
  const { t, i18n } = useTranslation();
  const time = (iso: string) => dateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }).format(new Date(iso));
  let state: 'closed' | 'offline' | 'saving' | 'saved' | 'idle';
  let text: string;
  if (status.closed) {
    state = 'closed';
    text = t('exams.save.closed');
  } else if (status.offline && status.pending > 0) {
    state = 'offline';
    text = t('exams.save.offlinePending', { count: status.pending });
  } else if (status.offline) {
    state = 'offline';
    text = t('exams.save.offline');
  } else if (status.pending > 0 || status.sending) {
    state = 'saving';
    text = t('exams.save.saving');
  } else if (status.lastSavedAt) {
    state = 'saved';
    text = t('exams.save.savedAt', { time: time(status.lastSavedAt) });
  } else {
    state = 'idle';
    text = t('exams.save.nothingYet');
  }
  return (
    <p className={`hs-exam-save hs-exam-save--${state}`} role="status" aria-live="polite" data-testid="save-status" data-state={state} data-pending={status.pending}>
      {text}
    </p>
  );
}
