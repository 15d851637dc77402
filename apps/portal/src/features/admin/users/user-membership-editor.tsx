import { useMutation } from '@apollo/client/react';
import { updateUserMembershipMutation, type AdminUserFieldsFragment, type Audience } from '@hocso/portal-data-access';
import { Alert, Button, SelectField } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES } from '../../../shared/enum-options';
import { FormError } from '../../../shared/form-error';
import { useSaveForm } from '../../../shared/use-save-form';
import { OrgUnitPicker, type PickedOrgUnit } from '../org-units/org-unit-picker';

export interface UserMembershipEditorProps {
  user: AdminUserFieldsFragment;
}

/** An administrator or unit manager places a person in a unit and audience (people edit only their name, phone, position). */
export function UserMembershipEditor({ user }: UserMembershipEditorProps) {
  const { t } = useTranslation();
  const [updateMembership, { loading }] = useMutation(updateUserMembershipMutation);
  const [orgUnit, setOrgUnit] = useState<PickedOrgUnit | null>(user.orgUnit ?? null);
  const [audience, setAudience] = useState<Audience>(user.audience);
  const { error, fieldError, saved, handleSubmit } = useSaveForm(() =>
    updateMembership({ variables: { userId: user.id, input: { orgUnitId: orgUnit?.id ?? null, audience } } }),
  );

  return (
    <form className="hs-stack" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="user-membership-editor">
      <FormError error={error} />
      {saved && <Alert tone="success">{t('admin.users.membershipSaved')}</Alert>}
      <OrgUnitPicker label={t('admin.users.membershipOrgUnit')} value={orgUnit} onChange={setOrgUnit} error={fieldError('orgUnitId')} />
      <SelectField
        label={t('admin.users.membershipAudience')}
        value={audience}
        onChange={(event) => setAudience(event.target.value as Audience)}
        options={AUDIENCES.map((value) => ({ value, label: t(`audiences.${value}`) }))}
        error={fieldError('audience')}
        data-testid="membership-audience"
      />
      <Button type="submit" busy={loading} data-testid="membership-submit">
        {t('admin.users.membershipSave')}
      </Button>
    </form>
  );
}
