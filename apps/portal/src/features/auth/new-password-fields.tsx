import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@hocso/contracts';
import { TextField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface NewPasswordFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  name?: string;
  'data-testid': string;
}

/** A password being chosen, with the rule as a hint. */
export function NewPasswordField({ label, value, onChange, error, name, 'data-testid': testId }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      type="password"
      name={name}
      autoComplete="new-password"
      required
      minLength={MIN_PASSWORD_LENGTH}
      maxLength={MAX_PASSWORD_LENGTH}
      hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      data-testid={testId}
    />
  );
}

/** The state of a new password typed twice: `confirmed()` tells whether both match and shows the mismatch if not. */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    password,
    confirmed(): boolean {
      const same = password === confirmation;
      setMismatch(!same);
      return same;
    },
    clear(): void {
      setPassword('');
      setConfirmation('');
    },
    fieldsProps: { password, confirmation, onPasswordChange: setPassword, onConfirmationChange: setConfirmation, mismatch },
  };
}

export interface NewPasswordFieldsProps {
  password: string;
  confirmation: string;
  onPasswordChange(value: string): void;
  onConfirmationChange(value: string): void;
  error?: string;
  mismatch: boolean;
  /** The prefix of the fields' test ids: `<prefix>-password` and `<prefix>-confirm`. */
  testIdPrefix: string;
}

/** A new password typed twice, with the rule as a hint. */
export function NewPasswordFields({ password, confirmation, onPasswordChange, onConfirmationChange, error, mismatch, testIdPrefix }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <NewPasswordField label={t('auth.newPassword')} value={password} onChange={onPasswordChange} error={error} data-testid={`${testIdPrefix}-password`} />
      <TextField
        label={t('auth.confirmPassword')}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => onConfirmationChange(event.target.value)}
        error={mismatch ? t('auth.passwordMismatch') : null}
        data-testid={`${testIdPrefix}-confirm`}
      />
    </>
  );
}
