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
  const [destination, setDestination] = useState<PickedOrgUnit | null | undefined>(undefined);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    if (destination === undefined) return;
    try {
      await moveOrgUnit({ variables: { id: unit.id, parentId: destination?.id ?? null } });
      onMoved(currentParentId ?? null, destination?.id ?? null);
    } catch (cause) {
      showError(cause);
    }
  };

  const unchanged = destination === undefined || (destination?.id ?? null) === (currentParentId ?? null);

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <h3>{t('admin.orgUnits.moveTitle')}</h3>
      <FormError error={error} />
      <OrgUnitPicker
        label={t('admin.orgUnits.newParent')}
        value={destination ?? null}
        onChange={setDestination}
        placeholder={destination === null ? t('admin.orgUnits.topLevel') : t('admin.orgUnits.pickerNone')}
        excludeId={unit.id}
        error={fieldError('parentId')}
      />
      {currentParentId !== null && destination !== null && (
        <p>
          <Button variant="link" onClick={() => setDestination(null)} data-testid="org-unit-move-top-level">
            {t('admin.orgUnits.moveToTopLevel')}
          </Button>
        </p>
      )}
      <Button type="submit" variant="secondary" busy={loading} disabled={unchanged}>
        {t('admin.orgUnits.moveAction')}
      </Button>
    </form>
  );
}
