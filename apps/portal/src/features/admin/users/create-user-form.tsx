import { useMutation } from '@apollo/client/react';
import { type Audience, createUserMutation } from '@hocso/portal-data-access';
import { Alert, Button, SelectField, TextField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES } from '../../../shared/enum-options';
import { FormError } from '../../../shared/form-error';
import { useSaveForm } from '../../../shared/use-save-form';
import { OrgUnitPicker, type PickedOrgUnit } from '../org-units/org-unit-picker';

export interface CreateUserFormProps {
  onCreated: () => void;
}

/** A new account; its owner is mailed a link to set their password. Unit managers place it in their subtree. */
export function CreateUserForm({ onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const [createUser, { loading }] = useMutation(createUserMutation);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [position, setPosition] = useState('');
  const [orgUnit, setOrgUnit] = useState<PickedOrgUnit | null>(null);
  const [audience, setAudience] = useState<Audience | ''>('');
  const [createdName, setCreatedName] = useState<string | null>(null);
  const { error, fieldError, handleSubmit } = useSaveForm(async () => {
    setCreatedName(null);
    const result = await createUser({
      variables: { input: { fullName, email, phone: phone || null, position: position || null, orgUnitId: orgUnit?.id ?? null, audience: audience || null } },
    });
    setCreatedName(result.data?.createUser.fullName ?? fullName);
    setFullName('');
    setEmail('');
    setPhone('');
    setPosition('');
    onCreated();
  });

  return (
    <form className="hs-stack" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="create-user-form">
      <FormError error={error} />
      {createdName && <Alert tone="success">{t('admin.users.created', { name: createdName })}</Alert>}
      <TextField label={t('admin.users.fullName')} value={fullName} onChange={(event) => setFullName(event.target.value)} error={fieldError('fullName')} autoComplete="off" required data-testid="create-user-fullname" />
      <TextField label={t('admin.users.email')} type="email" value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError('email')} autoComplete="off" required data-testid="create-user-email" />
      <TextField label={t('admin.users.phone')} type="tel" value={phone} onChange={(event) => setPhone(event.target.value)} error={fieldError('phone')} autoComplete="off" data-testid="create-user-phone" />
      <OrgUnitPicker label={t('admin.users.membershipOrgUnit')} value={orgUnit} onChange={setOrgUnit} error={fieldError('orgUnitId')} />
      <SelectField
        label={t('admin.users.membershipAudience')}
        value={audience}
        onChange={(event) => setAudience(event.target.value as Audience | '')}
        options={[{ value: '', label: t('admin.users.audienceByUnit') }, ...AUDIENCES.map((value) => ({ value, label: t(`audiences.${value}`) }))]}
        error={fieldError('audience')}
        data-testid="create-user-audience"
      />
      <TextField label={t('admin.users.position')} value={position} onChange={(event) => setPosition(event.target.value)} error={fieldError('position')} autoComplete="off" data-testid="create-user-position" />
      <Button type="submit" busy={loading} data-testid="create-user-submit">
        {t('admin.users.create')}
      </Button>
    </form>
  );
}
