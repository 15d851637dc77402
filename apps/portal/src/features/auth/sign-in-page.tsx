import { useAuth } from '@hocso/portal-data-access';
import { Button, Card, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useDisplayError } from '../../shared/use-display-error';
import { accountIdentifierOf } from './account-identifier';
import { AccountIdentifierField } from './account-identifier-field';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setSubmitting(true);
    try {
      await signIn({ ...accountIdentifierOf(email), password });
      await navigate(returnPathOf(location.state));
    } catch (cause) {
      showError(cause);
      setSubmitting(false);
    }
  };

  return (
    <div className="hs-form">
      <PageTitle title={t('auth.signInTitle')} />
      <Card>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <FormError error={error} />
          <AccountIdentifierField
            value={email}
            onChange={setEmail}
            error={fieldError('email') ?? fieldError('phone')}
            data-testid="signin-email"
          />
          <TextField
            label={t('auth.password')}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldError('password')}
            data-testid="signin-password"
          />
          <Button type="submit" fullWidth busy={submitting} data-testid="signin-submit">
            {t('auth.signInAction')}
          </Button>
        </form>
      </Card>
      <p>
        <Link to="/forgot-password" data-testid="signin-forgot">
          {t('auth.forgotPasswordLink')}
        </Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to="/sign-up">{t('auth.signUpLink')}</Link>
      </p>
    </div>
  );
}

/** The page that sent the person here to sign in (a path of this site only), else home. */
function returnPathOf(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}
