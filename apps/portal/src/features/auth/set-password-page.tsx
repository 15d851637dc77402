import { useAuth } from '@hocso/portal-data-access';
import { Alert, Button, Card } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useDisplayError } from '../../shared/use-display-error';
import { NewPasswordFields, useNewPassword } from './new-password-fields';

export function SetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { signInWithPasswordToken } = useAuth();
  const navigate = useNavigate();
  const { error, showError, clearError, fieldError } = useDisplayError();
  const newPassword = useNewPassword();
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    if (!newPassword.confirmed()) return;
    setSubmitting(true);
    try {
      await signInWithPasswordToken(token, newPassword.password);
      await navigate('/');
    } catch (cause) {
      showError(cause);
      setSubmitting(false);
    }
  };

  return (
    <div className="hs-form">
      <PageTitle title={t('auth.setPasswordTitle')} />
      {!token ? (
        <Alert tone="error" data-testid="form-error">
          {t('auth.setPasswordMissingToken')}
        </Alert>
      ) : (
        <Card>
          <p>{t('auth.setPasswordLead')}</p>
          <form onSubmit={(event) => void handleSubmit(event)} noValidate>
            <FormError error={error} />
            <NewPasswordFields {...newPassword.fieldsProps} error={fieldError('password')} testIdPrefix="set-password" />
            <Button type="submit" fullWidth busy={submitting} data-testid="set-password-submit">
              {t('auth.setPasswordAction')}
            </Button>
          </form>
        </Card>
      )}
    </div>
  );
}
