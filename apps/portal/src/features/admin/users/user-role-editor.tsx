import { useMutation } from '@apollo/client/react';
import { grantRoleMutation, revokeRoleMutation, type AdminUserFieldsFragment, type Role } from '@hocso/portal-data-access';
import { Button, SelectField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { OrgUnitPicker, type PickedOrgUnit } from '../org-units/org-unit-picker';

export interface UserRoleEditorProps {
  user: AdminUserFieldsFragment;
}

export function UserRoleEditor({ user }: UserRoleEditorProps) {
  const { t } = useTranslation();
  const [grantRole, { loading: granting }] = useMutation(grantRoleMutation);
  const [revokeRole, { loading: revoking }] = useMutation(revokeRoleMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  // Only the roles the server says the caller may grant this person: never LEARNER, ADMIN for administrators only.
  const grantable = user.grantableRoles;
  const [role, setRole] = useState<Role | undefined>(grantable[0]);
  const [orgUnit, setOrgUnit] = useState<PickedOrgUnit | null>(null);
  const [missingOrgUnit, setMissingOrgUnit] = useState(false);
  const needsOrgUnit = role === 'UNIT_MANAGER';

  const handleGrant = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    if (needsOrgUnit && !orgUnit) {
      setMissingOrgUnit(true);
      return;
    }
    setMissingOrgUnit(false);
    if (!role) return;
    try {
      await grantRole({ variables: { userId: user.id, role, orgUnitId: needsOrgUnit ? orgUnit?.id : null } });
      setOrgUnit(null);
    } catch (cause) {
      showError(cause);
    }
  };

  const handleRevoke = async (grantedRole: Role, orgUnitId: string | null) => {
    clearError();
    try {
      await revokeRole({ variables: { userId: user.id, role: grantedRole, orgUnitId } });
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-stack" data-testid="user-role-editor">
      <FormError error={error} />
      <ul className="hs-grant-list">
        {user.roleGrants.map((grant) => (
          <li key={`${grant.role}-${grant.orgUnit?.id ?? 'all'}`} className="hs-row" data-testid="user-role-grant" data-role={grant.role}>
            <span className="hs-chip">
              {t(`roles.${grant.role}`)}
              {grant.orgUnit ? ` · ${grant.orgUnit.name}` : ''}
            </span>
            {grant.revocable && (
              <Button variant="link" busy={revoking} onClick={() => void handleRevoke(grant.role, grant.orgUnit?.id ?? null)} data-testid="user-role-revoke">
                {t('admin.users.revoke')}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {grantable.length > 0 && role && (
        <form onSubmit={(event) => void handleGrant(event)} noValidate>
          <SelectField
            label={t('admin.users.roleToGrant')}
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            options={grantable.map((value) => ({ value, label: t(`roles.${value}`) }))}
            error={fieldError('role')}
            data-testid="grant-role-select"
          />
          {needsOrgUnit && (
            <OrgUnitPicker
              label={t('admin.users.managedOrgUnit')}
              value={orgUnit}
              onChange={(picked) => {
                setOrgUnit(picked);
                setMissingOrgUnit(false);
              }}
              error={missingOrgUnit ? t('admin.users.orgUnitRequired') : fieldError('orgUnitId')}
            />
          )}
          <Button type="submit" busy={granting} data-testid="grant-role-submit">
            {t('admin.users.grant')}
          </Button>
        </form>
      )}
    </div>
  );
}
