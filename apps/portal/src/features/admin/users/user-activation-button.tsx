import { useMutation } from '@apollo/client/react';
import { type AdminUserFieldsFragment, deactivateUserMutation, reactivateUserMutation } from '@hocso/portal-data-access';
import { Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';

export interface UserActivationButtonProps {
  user: AdminUserFieldsFragment;
}

/** Deactivates a person after a confirmation (their sessions end at once), or reactivates them; offered as the server allows. */
export function UserActivationButton({ user }: UserActivationButtonProps) {
  const { t } = useTranslation();
  const [deactivate, { loading: deactivating }] = useMutation(deactivateUserMutation);
  const [reactivate, { loading: reactivating }] = useMutation(reactivateUserMutation);
  const { error, showError, clearError } = useDisplayError();
  const [confirming, setConfirming] = useState(false);
  const mayDeactivate = user.allowedActions.includes('DEACTIVATE');
  const mayReactivate = user.allowedActions.includes('REACTIVATE');
  if (!mayDeactivate && !mayReactivate) return null;

  const run = async (change: () => Promise<unknown>) => {
    clearError();
    try {
      await change();
      setConfirming(false);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <div className="hs-stack">
      <FormError error={error} />
      {mayReactivate && (
        <Button variant="secondary" busy={reactivating} onClick={() => void run(() => reactivate({ variables: { userId: user.id } }))} data-testid="user-reactivate">
          {t('admin.users.reactivate')}
        </Button>
      )}
      {mayDeactivate && !confirming && (
        <Button variant="secondary" onClick={() => setConfirming(true)} data-testid="user-deactivate">
          {t('admin.users.deactivate')}
        </Button>
      )}
      {mayDeactivate && confirming && (
        <div className="hs-stack" role="group" aria-label={t('admin.users.deactivate')}>
          <p>{t('admin.users.deactivateConfirmText', { name: user.fullName })}</p>
          <div className="hs-row">
            <Button busy={deactivating} onClick={() => void run(() => deactivate({ variables: { userId: user.id } }))} data-testid="user-deactivate-confirm">
              {t('admin.users.deactivateConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
