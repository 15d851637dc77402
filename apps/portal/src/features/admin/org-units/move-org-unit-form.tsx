import { useMutation } from '@apollo/client/react';
import { moveOrgUnitMutation } from '@hocso/portal-data-access';
import { Button } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { OrgUnitPicker, type PickedOrgUnit } from './org-unit-picker';
import type { OrgUnitSummary } from './use-org-unit-branches';

export interface MoveOrgUnitFormProps {
  unit: OrgUnitSummary;
  currentParentId: string | null | undefined;
  onMoved: (previousParentId: string | null, newParentId: string | null) => void;
}

export function MoveOrgUnitForm({ unit, currentParentId, onMoved }: MoveOrgUnitFormProps) {
  const { t } = useTranslation();
  const [moveOrgUnit, { loading }] = useMutation(moveOrgUnitMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [newParent, setNewParent] = useState<PickedOrgUnit | null>(null);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await moveOrgUnit({ variables: { id: unit.id, parentId: newParent?.id ?? null } });
      onMoved(currentParentId ?? null, newParent?.id ?? null);
    } catch (cause) {
      showError(cause);
    }
  };

  const unchanged = (newParent?.id ?? null) === (currentParentId ?? null);

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <h3>{t('admin.orgUnits.moveTitle')}</h3>
      <FormError error={error} />
      <OrgUnitPicker
        label={t('admin.orgUnits.newParent')}
        value={newParent}
        onChange={setNewParent}
        clearLabel={t('admin.orgUnits.topLevel')}
        excludeId={unit.id}
        error={fieldError('parentId')}
      />
      <Button type="submit" variant="secondary" busy={loading} disabled={unchanged}>
        {t('admin.orgUnits.moveAction')}
      </Button>
    </form>
  );
}
