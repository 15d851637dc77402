import { useMutation } from '@apollo/client/react';
import { renameOrgUnitMutation } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import type { OrgUnitSummary } from './use-org-unit-branches';

export interface RenameOrgUnitFormProps {
  unit: OrgUnitSummary;
  onRenamed: () => void;
}

export function RenameOrgUnitForm({ unit, onRenamed }: RenameOrgUnitFormProps) {
  const { t } = useTranslation();
  const [renameOrgUnit, { loading }] = useMutation(renameOrgUnitMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [name, setName] = useState(unit.name);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await renameOrgUnit({ variables: { id: unit.id, name: name.trim() } });
      onRenamed();
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate>
      <h3>{t('admin.orgUnits.renameTitle')}</h3>
      <FormError error={error} />
      <TextField label={t('admin.orgUnits.name')} required value={name} onChange={(event) => setName(event.target.value)} error={fieldError('name')} />
      <Button type="submit" variant="secondary" busy={loading} disabled={!name.trim() || name.trim() === unit.name}>
        {t('admin.orgUnits.renameAction')}
      </Button>
    </form>
  );
}
