import { useMutation } from '@apollo/client/react';
import { deleteOrgUnitMutation } from '@hocso/portal-data-access';
import { Button } from '@hocso/portal-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import type { OrgUnitSummary } from './use-org-unit-branches';

export interface DeleteOrgUnitButtonProps {
  unit: OrgUnitSummary;
  onDeleted: () => void;
}

export function DeleteOrgUnitButton({ unit, onDeleted }: DeleteOrgUnitButtonProps) {
  const { t } = useTranslation();
  const [deleteOrgUnit, { loading }] = useMutation(deleteOrgUnitMutation);
  const { error, showError, clearError } = useDisplayError();
  const [confirming, setConfirming] = useState(false);

  const handleDelete = async () => {
    clearError();
    try {
      await deleteOrgUnit({ variables: { id: unit.id } });
      onDeleted();
    } catch (cause) {
      showError(cause);
      setConfirming(false);
    }
  };

  return (
    <div>
      <h3>{t('admin.orgUnits.deleteTitle')}</h3>
      <FormError error={error} />
      {confirming ? (
        <div className="hs-row">
          <span>{t('admin.orgUnits.deleteConfirm', { name: unit.name })}</span>
          <Button variant="danger" busy={loading} onClick={() => void handleDelete()} data-testid="org-unit-delete-confirm">
            {t('admin.orgUnits.deleteAction')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : (
        <Button variant="danger" onClick={() => setConfirming(true)} data-testid="org-unit-delete">
          {t('admin.orgUnits.deleteAction')}
        </Button>
      )}
    </div>
  );
}
