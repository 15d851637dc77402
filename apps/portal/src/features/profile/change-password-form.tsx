import { useMutation } from '@apollo/client/react';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@hocso/contracts';
import { changePasswordMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(changePasswordMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [changed, setChanged] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setChanged(false);
    if (newPassword !== confirmation) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    try {
      await changePassword({ variables: { currentPassword, newPassword } });
      setCurrentPassword('');
      setNewPassword('');
      setConfirmation('');
      setChanged(true);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <Card title={t('profile.changePasswordTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormError error={error} />
        {changed && <Alert tone="success">{t('profile.passwordChanged')}</Alert>}
        <TextField
          label={t('profile.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
          error={fieldError('currentPassword')}
          data-testid="profile-current-password"
        />
        <TextField
          label={t('auth.newPassword')}
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          maxLength={MAX_PASSWORD_LENGTH}
          hint={t('auth.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          value={newPassword}
          onChange={(event) => setNewPassword(event.target.value)}
          error={fieldError('newPassword')}
          data-testid="profile-new-password"
        />
        <TextField
          label={t('auth.confirmPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(event) => setConfirmation(event.target.value)}
          error={mismatch ? t('auth.passwordMismatch') : null}
          data-testid="profile-confirm-password"
        />
        <Button type="submit" busy={loading} data-testid="change-password-submit">
          {t('profile.changePasswordAction')}
        </Button>
      </form>
    </Card>
  );
}
