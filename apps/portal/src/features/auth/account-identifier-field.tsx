import { TextField } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';

export interface AccountIdentifierFieldProps {
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  'data-testid': string;
}

/** "Email or phone number": one field, since a person knows their account by either (see accountIdentifierOf). */
export function AccountIdentifierField({ value, onChange, error, hint, 'data-testid': testId }: AccountIdentifierFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      label={t('auth.emailOrPhone')}
      type="text"
      name="username"
      autoComplete="username"
      autoCapitalize="none"
      spellCheck={false}
      hint={hint}
      required
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      data-testid={testId}
    />
  );
}
