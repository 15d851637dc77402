import { useMutation } from '@apollo/client/react';
import { createOrgUnitMutation } from '@hocso/portal-data-access';
import { Button, TextField } from '@hocso/portal-ui';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../../shared/form-error';
import { useDisplayError } from '../../../shared/use-display-error';
import { orgUnitKindLabel } from './org-unit-kind-label';
import type { OrgUnitSummary } from './use-org-unit-branches';

export const SUGGESTED_ORG_UNIT_KINDS = ['province', 'department', 'district', 'commune', 'hamlet', 'enterprise', 'school'] as const;

export interface CreateOrgUnitFormProps {
  parent: OrgUnitSummary | null;
  onCreated: (parentId: string | null) => void;
}

export function CreateOrgUnitForm({ parent, onCreated }: CreateOrgUnitFormProps) {
  const { t } = useTranslation();
  const kindListId = useId();
  const [createOrgUnit, { loading }] = useMutation(createOrgUnitMutation);
  const { error, showError, clearError, fieldError } = useDisplayError();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    clearError();
    try {
      await createOrgUnit({ variables: { input: { code: code.trim(), name: name.trim(), kind: kind.trim(), parentId: parent?.id ?? null } } });
      setCode('');
      setName('');
      onCreated(parent?.id ?? null);
    } catch (cause) {
      showError(cause);
    }
  };

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="create-org-unit-form">
      <h3>{parent ? t('admin.orgUnits.createChildTitle', { parent: parent.name }) : t('admin.orgUnits.createRootTitle')}</h3>
      <FormError error={error} />
      <TextField label={t('admin.orgUnits.code')} required autoCapitalize="characters" value={code} onChange={(event) => setCode(event.target.value)} error={fieldError('code')} />
      <TextField label={t('admin.orgUnits.name')} required value={name} onChange={(event) => setName(event.target.value)} error={fieldError('name')} />
      <TextField
        label={t('admin.orgUnits.kind')}
        hint={t('admin.orgUnits.kindHint')}
        required
        list={kindListId}
        value={kind}
        onChange={(event) => setKind(event.target.value)}
        error={fieldError('kind')}
      />
      <datalist id={kindListId}>
        {SUGGESTED_ORG_UNIT_KINDS.map((suggestion) => (
          <option key={suggestion} value={suggestion.toUpperCase()}>
            {orgUnitKindLabel(t, suggestion)}
          </option>
        ))}
      </datalist>
      <Button type="submit" busy={loading} disabled={!code.trim() || !name.trim() || !kind.trim()}>
        {t('admin.orgUnits.createAction')}
      </Button>
    </form>
  );
}
