import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@hocso/contracts';
import { TextField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

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
      <TextField
        label={t('auth.newPassword')}
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
        value={password}
        onChange={(event) => onPasswordChange(event.target.value)}
        error={error}
        data-testid={`${testIdPrefix}-password`}
      />
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
