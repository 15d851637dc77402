import { SELF_DECLARED_AUDIENCES } from '@hocso/contracts';
import { useAuth, type Audience } from '@hocso/portal-data-access';
import { Button, Card, SelectField, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { PageTitle } from '../../shared/page-title';
import { useDisplayError } from '../../shared/use-display-error';
import { accountIdentifierOf } from './account-identifier';
import { AccountIdentifierField } from './account-identifier-field';
import { NewPasswordField } from './new-password-fields';

export function SignUpPage() {
  const { t } = useTranslation();
  const { signUp } = useAuth();
  const navigate = useNavigate();
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [audience, setAudience] = useState<Audience>('CITIZEN');
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setSubmitting(true);
    try {
      await signUp({ fullName: fullName.trim(), ...accountIdentifierOf(email), password, audience });
      await navigate('/');
    } catch (cause) {
      showError(cause);
      setSubmitting(false);
    }
  };

  return (
    <div className="hs-form">
      <PageTitle title={t('auth.signUpTitle')} />
      <Card>
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <FormError error={error} />
          <TextField
            label={t('auth.fullName')}
            name="fullName"
            autoComplete="name"
            required
            value={fullName}
            onChange={(event) => setFullName(event.target.value)}
            error={fieldError('fullName')}
            data-testid="signup-fullname"
          />
          <AccountIdentifierField
            value={email}
            onChange={setEmail}
            error={fieldError('email') ?? fieldError('phone')}
            hint={t('auth.emailOrPhoneHint')}
            data-testid="signup-email"
          />
          <NewPasswordField label={t('auth.password')} name="password" value={password} onChange={setPassword} error={fieldError('password')} data-testid="signup-password" />
          <SelectField
            label={t('auth.audience')}
            name="audience"
            value={audience}
            onChange={(event) => setAudience(event.target.value as Audience)}
            options={SELF_DECLARED_AUDIENCES.map((value) => ({ value, label: t(`audiences.${value}`) }))}
            error={fieldError('audience')}
            data-testid="signup-audience"
          />
          <p className="hs-muted">{t('auth.audienceHint')}</p>
          <Button type="submit" fullWidth busy={submitting} data-testid="signup-submit">
            {t('auth.signUpAction')}
          </Button>
        </form>
      </Card>
      <p>
        {t('auth.haveAccount')} <Link to="/sign-in">{t('auth.signInLink')}</Link>
      </p>
    </div>
  );
}
