import { useMutation } from '@apollo/client/react';
import { type AdminUserFieldsFragment, updateUserMutation } from '@hocso/portal-data-access';
import { Alert, Button, TextField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useSaveForm } from '../../../shared/use-save-form';

export interface UserDetailsEditorProps {
  user: AdminUserFieldsFragment;
}

/** An administrator or unit manager corrects a person's name, email, phone and position. */
export function UserDetailsEditor({ user }: UserDetailsEditorProps) {
  const { t } = useTranslation();
  const [updateUser, { loading }] = useMutation(updateUserMutation);
  const [fullName, setFullName] = useState(user.fullName);
  const [email, setEmail] = useState(user.email ?? '');
  const [phone, setPhone] = useState(user.phone ?? '');
  const [position, setPosition] = useState(user.position ?? '');
  const { error, fieldError, saved, handleSubmit } = useSaveForm(() =>
    updateUser({ variables: { userId: user.id, input: { fullName, email: email.trim() ? email : null, phone, position } } }),
  );

  return (
    <form className="hs-stack" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="user-details-editor">
      <FormError error={error} />
      {saved && <Alert tone="success">{t('admin.users.detailsSaved')}</Alert>}
      <TextField label={t('admin.users.fullName')} value={fullName} onChange={(event) => setFullName(event.target.value)} error={fieldError('fullName')} autoComplete="off" data-testid="user-details-fullname" />
      <TextField label={t('admin.users.email')} type="email" value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError('email')} autoComplete="off" data-testid="user-details-email" />
      <TextField label={t('admin.users.phone')} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} error={fieldError('phone')} autoComplete="off" data-testid="user-details-phone" />
      <TextField label={t('admin.users.position')} value={position} onChange={(event) => setPosition(event.target.value)} error={fieldError('position')} autoComplete="off" data-testid="user-details-position" />
      <Button type="submit" busy={loading} data-testid="user-details-submit">
        {t('admin.users.detailsSave')}
      </Button>
    </form>
  );
}
