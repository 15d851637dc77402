import { useMutation } from '@apollo/client/react';
import { updateProfileMutation, type CurrentUser } from '@hocso/portal-data-access';
import { Alert, Button, Card, TextField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-error';
import { useSaveForm } from '../../shared/use-save-form';

export interface ProfileFormProps {
  user: CurrentUser;
}

export function ProfileForm({ user }: ProfileFormProps) {
  const { t } = useTranslation();
  const [updateProfile, { loading }] = useMutation(updateProfileMutation);
  const [fullName, setFullName] = useState(user.fullName);
  const [phone, setPhone] = useState(user.phone ?? '');
  const [position, setPosition] = useState(user.position ?? '');
  const { error, fieldError, saved, handleSubmit } = useSaveForm(() =>
    updateProfile({ variables: { input: { fullName: fullName.trim(), phone: phone.trim() || null, position: position.trim() || null } } }),
  );

  return (
    <Card title={t('profile.detailsTitle')}>
      <dl className="hs-definition-list">
        <dt>{t('auth.email')}</dt>
        <dd>{user.email ?? '—'}</dd>
        <dt>{t('auth.audience')}</dt>
        <dd>{t(`audiences.${user.audience}`)}</dd>
        <dt>{t('profile.orgUnit')}</dt>
        <dd>{user.orgUnit ? `${user.orgUnit.name} (${user.orgUnit.code})` : '—'}</dd>
        <dt>{t('profile.roles')}</dt>
        <dd>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
      </dl>
      <p className="hs-muted">{t('profile.membershipHint')}</p>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <FormError error={error} />
        {saved && <Alert tone="success">{t('profile.saved')}</Alert>}
        <TextField
          label={t('auth.fullName')}
          autoComplete="name"
          required
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
          error={fieldError('fullName')}
          data-testid="profile-fullname"
        />
        <TextField
          label={t('profile.phone')}
          type="tel"
          autoComplete="tel"
          inputMode="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          error={fieldError('phone')}
          data-testid="profile-phone"
        />
        <TextField
          label={t('profile.position')}
          autoComplete="organization-title"
          value={position}
          onChange={(event) => setPosition(event.target.value)}
          error={fieldError('position')}
          data-testid="profile-position"
        />
        <Button type="submit" busy={loading} data-testid="profile-submit">
          {t('common.save')}
        </Button>
      </form>
    </Card>
  );
}
