import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@hocso/contracts';
import { useAuth } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useDisplayError } from '../../shared/use-display-error';

export function SetPasswordPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const { signInWithPasswordToken } = useAuth();
  const navigate = useNavigate();
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    if (password !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setSubmitting(true);
    try {
      await signInWithPasswordToken(token, password);
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
            <TextField
              label={t('auth.newPassword')}
              type="password"
              autoComplete="new-password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              maxLength={MAX_PASSWORD_LENGTH}
              hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={fieldError('password')}
              data-testid="set-password-password"
            />
            <TextField
              label={t('auth.confirmPassword')}
              type="password"
              autoComplete="new-password"
              required
              value={confirmation}
              onChange={(event) => setConfirmation(event.target.value)}
              error={mismatch ? t('auth.passwordMismatch') : null}
              data-testid="set-password-confirm"
            />
            <Button type="submit" fullWidth busy={submitting} data-testid="set-password-submit">
              {t('auth.setPasswordAction')}
            </Button>
          </form>
        </Card>
      )}
    </div>
  );
}
