import { useMutation } from '@apollo/client/react';
import { cancelLiveSessionMutation } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';

/** Cancelling a session, with the reason every registrant is told; asked for only once the organiser opens it. */
export function CancelSessionForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [cancel, { loading }] = useMutation(cancelLiveSessionMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await cancel({ variables: { id: sessionId, reason } });
      setOpen(false);
    } catch (cause) {
      showError(cause);
    }
  };
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="session-cancel-open">
        {t('liveSessions.cancelSession.open')}
      </Button>
    );
  }
  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate className="hs-stack" data-testid="session-cancel-form">
      <FormError error={error} />
      <TextField label={t('liveSessions.cancelSession.reason')} hint={t('liveSessions.cancelSession.hint')} required value={reason} onChange={(event) => setReason(event.target.value)} error={fieldError('reason')} data-testid="session-cancel-reason" />
      <div className="hs-actions">
        <Button type="submit" busy={loading} data-testid="session-cancel-confirm">
          {t('liveSessions.cancelSession.confirm')}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          {t('liveSessions.cancelSession.keep')}
        </Button>
      </div>
    </form>
  );
}
