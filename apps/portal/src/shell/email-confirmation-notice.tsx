import { useMutation } from '@apollo/client/react';
import { resendEmailConfirmationMutation, useAuth } from '@hocso/portal-data-access';
import { Alert, Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { FormError } from '../shared/form-error';
import { useDisplayError } from '../shared/use-display-error';

/** Reminds a self-registered person to confirm their email, and mails the link again on request. */
export function EmailConfirmationNotice() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const location = useLocation();
  const [resend, { loading }] = useMutation(resendEmailConfirmationMutation);
  const { error, showError, clearError } = useDisplayError();
  const [resent, setResent] = useState(false);
  if (!me?.email || me.emailVerified || location.pathname === '/confirm-email') return null;

  const handleResend = async () => {
    clearError();
    setResent(false);
    try {
      await resend();
      setResent(true);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-stack" data-testid="email-confirmation-notice">
      <Alert tone="info">
        {t('auth.confirmEmailNotice', { email: me.email })}{' '}
        <Button variant="link" busy={loading} onClick={() => void handleResend()} data-testid="email-confirmation-resend">
          {t('auth.confirmEmailResend')}
        </Button>
      </Alert>
      {resent && <Alert tone="success">{t('auth.confirmEmailResent')}</Alert>}
      <FormError error={error} />
    </div>
  );
}
