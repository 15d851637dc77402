import { useMutation } from '@apollo/client/react';
import { changePasswordMutation } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields, useNewPassword } from '../auth/new-password-fields';
import { FormError } from '../../shared/form-error';
import { useDisplayError } from '../../shared/use-display-error';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const [changePassword, { loading }] = useMutation(changePasswordMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [currentPassword, setCurrentPassword] = useState('');
  const newPassword = useNewPassword();
  const [changed, setChanged] = useState(false);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    setChanged(false);
    if (!newPassword.confirmed()) return;
    try {
      await changePassword({ variables: { currentPassword, newPassword: newPassword.password } });
      setCurrentPassword('');
      newPassword.clear();
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
        <NewPasswordFields {...newPassword.fieldsProps} error={fieldError('newPassword')} testIdPrefix="profile-new" />
        <Button type="submit" busy={loading} data-testid="change-password-submit">
          {t('profile.changePasswordAction')}
        </Button>
      </form>
    </Card>
  );
}
