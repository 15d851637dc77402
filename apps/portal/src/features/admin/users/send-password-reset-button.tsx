import { useMutation } from '@apollo/client/react';
import { sendPasswordResetMutation } from '@hocso/portal-data-access';
import { Alert, Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';

export interface SendPasswordResetButtonProps {
  userId: string;
}

/**
 * For administrators and unit managers (for the people of their subtree): sends the person a password reset,
 * a link to their email or else a code to their phone, and says which went out.
 */
export function SendPasswordResetButton({ userId }: SendPasswordResetButtonProps) {
  const { t } = useTranslation();
  const [send, { loading }] = useMutation(sendPasswordResetMutation);
  const { error, showError, clearError } = useDisplayError();
  const [sentBy, setSentBy] = useState<string | null>(null);

  const handleSend = async () => {
    clearError();
    setSentBy(null);
    try {
      const result = await send({ variables: { userId } });
      setSentBy(result.data?.sendPasswordReset ?? null);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-stack">
      <Button variant="secondary" busy={loading} onClick={() => void handleSend()} data-testid="send-password-reset">
        {t('auth.sendReset.action')}
      </Button>
      <FormError error={error} />
      {sentBy && (
        <Alert tone="success" data-testid="send-password-reset-done">
          {sentBy === 'SMS' ? t('auth.sendReset.sentSms') : t('auth.sendReset.sentEmail')}
        </Alert>
      )}
    </div>
  );
}
