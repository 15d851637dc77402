import { type CodePurpose, useAuth } from '@hocso/portal-data-access';
import { Button, Card, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';
import { NewPasswordFields, useNewPassword } from './new-password-fields';

export interface CodePasswordFormProps {
  purpose: CodePurpose;
  initialPhone: string;
  lead: string;
  codeLabel: string;
  submitLabel: string;
}

/** A phone, the one-time code sent or handed to it and a new password twice; on success the person is signed in. */
export function CodePasswordForm({ purpose, initialPhone, lead, codeLabel, submitLabel }: CodePasswordFormProps) {
  const { t } = useTranslation();
  const { signInWithCode } = useAuth();
  const navigate = useNavigate();
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [phone, setPhone] = useState(initialPhone);
  const [code, setCode] = useState('');
  const newPassword = useNewPassword();
  const [submitting, setSubmitting] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    if (!newPassword.confirmed()) return;
    setSubmitting(true);
    try {
      await signInWithCode(purpose, { phone: phone.trim(), code: code.trim(), password: newPassword.password });
      await navigate('/');
    } catch (cause) {
      showError(cause);
      setSubmitting(false);
    }
  };

  return (
    <Card>
      <p>{lead}</p>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormError error={error} />
        <TextField
          label={t('auth.phone')}
          type="tel"
          name="username"
          autoComplete="tel"
          inputMode="tel"
          required
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={fieldError('phone')}
          data-testid="code-phone"
        />
        <TextField
          label={codeLabel}
          type="text"
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          maxLength={20}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={fieldError('code')}
          data-testid="code-code"
        />
        <NewPasswordFields {...newPassword.fieldsProps} error={fieldError('password')} testIdPrefix="code" />
        <Button type="submit" fullWidth busy={submitting} data-testid="code-submit">
          {submitLabel}
        </Button>
      </form>
    </Card>
  );
}
