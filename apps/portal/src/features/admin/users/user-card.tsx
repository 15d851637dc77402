import type { AdminUserFieldsFragment } from '@hocso/portal-data-access';
import { Button, Card } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SendPasswordResetButton } from './send-password-reset-button';
import { UserActivationButton } from './user-activation-button';
import { UserDetailsEditor } from './user-details-editor';
import { UserMembershipEditor } from './user-membership-editor';
import { UserRoleEditor } from './user-role-editor';

export interface UserCardProps {
  user: AdminUserFieldsFragment;
}

export function UserCard({ user }: UserCardProps) {
  const { t } = useTranslation();
  const [managing, setManaging] = useState(false);
  const [placing, setPlacing] = useState(false);
  const [editing, setEditing] = useState(false);
  return (
    <Card title={user.fullName} headingLevel={3} data-testid="user-card" data-user-id={user.id}>
      <p className="hs-muted">
        {[user.email, user.phone].filter(Boolean).join(' · ') || '—'}
        <br />
        {[t(`audiences.${user.audience}`), user.position, user.orgUnit?.name].filter(Boolean).join(' · ')}
      </p>
      <ul className="hs-chip-list" aria-label={t('admin.users.roles')}>
        {user.roles.map((role) => (
          <li key={role} className="hs-chip">
            {t(`roles.${role}`)}
          </li>
        ))}
        {user.deactivatedAt && (
          <li className="hs-chip" data-testid="user-deactivated">
            {t('admin.users.deactivated')}
          </li>
        )}
        {user.email && !user.emailVerified && (
          <li className="hs-chip" data-testid="user-email-unconfirmed">
            {t('admin.users.emailNotConfirmed')}
          </li>
        )}
      </ul>
      {user.allowedActions.includes('EDIT_DETAILS') && (
        <>
          <Button variant="secondary" aria-expanded={editing} onClick={() => setEditing((previous) => !previous)} data-testid="edit-details">
            {editing ? t('common.close') : t('admin.users.editDetails')}
          </Button>
          {editing && <UserDetailsEditor user={user} />}
        </>
      )}
      {user.allowedActions.includes('EDIT_MEMBERSHIP') && (
        <>
          <Button variant="secondary" aria-expanded={placing} onClick={() => setPlacing((previous) => !previous)} data-testid="manage-membership">
            {placing ? t('common.close') : t('admin.users.manageMembership')}
          </Button>
          {placing && <UserMembershipEditor user={user} />}
        </>
      )}
      {user.allowedActions.includes('SEND_PASSWORD_RESET') && (user.email || user.phone) && <SendPasswordResetButton userId={user.id} />}
      {user.allowedActions.includes('MANAGE_ROLES') && (
        <>
          <Button variant="secondary" aria-expanded={managing} onClick={() => setManaging((previous) => !previous)} data-testid="manage-roles">
            {managing ? t('common.close') : t('admin.users.manageRoles')}
          </Button>
          {managing && <UserRoleEditor user={user} />}
        </>
      )}
      <UserActivationButton user={user} />
    </Card>
  );
}
