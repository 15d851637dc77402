import { useMutation } from '@apollo/client/react';
import { requestPasswordResetMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useDisplayError } from '../../shared/use-display-error';
import { accountIdentifierOf } from './account-identifier';
import { AccountIdentifierField } from './account-identifier-field';

/**
 * "Forgot your password?": a link is mailed to an email, a code is sent by SMS to a phone. The answer is the
 * same whether or not an account uses what was typed; for a phone, the page goes on to where the code is typed.
 */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [request, { loading }] = useMutation(requestPasswordResetMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [typed, setTyped] = useState('');
  const [mailed, setMailed] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setMailed(false);
    const identifier = accountIdentifierOf(typed);
    try {
      await request({ variables: { input: identifier } });
      if ('phone' in identifier) await navigate(`/reset-password?phone=${encodeURIComponent(identifier.phone)}`);
      else setMailed(true);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-form">
      <PageTitle title={t('auth.forgotPasswordTitle')} />
      <Card>
        <p>{t('auth.forgotPasswordLead')}</p>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <FormError error={error} />
          {mailed && (
            <Alert tone="success" data-testid="forgot-password-mailed">
              {t('auth.forgotPasswordMailed')}
            </Alert>
          )}
          <AccountIdentifierField
            value={typed}
            onChange={setTyped}
            error={fieldError('email') ?? fieldError('phone')}
            data-testid="forgot-password-identifier"
          />
          <Button type="submit" fullWidth busy={loading} data-testid="forgot-password-submit">
            {t('auth.forgotPasswordAction')}
          </Button>
        </form>
      </Card>
      <p>
        <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
      </p>
    </div>
  );
}
