import type { OrgUnitAction } from '@hocso/portal-data-access';
import { Card } from '@hocso/portal-ui';
import { useTranslation } from 'react-i18next';
import { CreateOrgUnitForm } from './create-org-unit-form';
import { DeleteOrgUnitButton } from './delete-org-unit-button';
import { MoveOrgUnitForm } from './move-org-unit-form';
import { orgUnitKindLabel } from './org-unit-kind-label';
import { RenameOrgUnitForm } from './rename-org-unit-form';
import type { OrgUnitSummary } from './use-org-unit-branches';

export interface OrgUnitDetailsProps {
  unit: OrgUnitSummary;
  parentId: string | null | undefined;
  onRenamed: () => void;
  onChildCreated: (parentId: string | null) => void;
  onMoved: (previousParentId: string | null, newParentId: string | null) => void;
  onDeleted: () => void;
}

export function OrgUnitDetails({ unit, parentId, onRenamed, onChildCreated, onMoved, onDeleted }: OrgUnitDetailsProps) {
  const { t } = useTranslation();
  const may = (action: OrgUnitAction) => unit.allowedActions.includes(action);
  return (
    <Card title={unit.name} data-testid="org-unit-details">
      <dl className="hs-definition-list">
        <dt>{t('admin.orgUnits.code')}</dt>
        <dd>{unit.code}</dd>
        <dt>{t('admin.orgUnits.kind')}</dt>
        <dd>{orgUnitKindLabel(t, unit.kind)}</dd>
        <dt>{t('admin.orgUnits.childCount')}</dt>
        <dd>{unit.childCount}</dd>
        <dt>{t('admin.orgUnits.memberCount')}</dt>
        <dd>{unit.memberCount}</dd>
      </dl>
      <div className="hs-stack">
        {may('RENAME') && <RenameOrgUnitForm key={`rename-${unit.id}`} unit={unit} onRenamed={onRenamed} />}
        {may('CREATE_CHILD') && <CreateOrgUnitForm key={`create-${unit.id}`} parent={unit} onCreated={onChildCreated} />}
        {may('MOVE') && <MoveOrgUnitForm key={`move-${unit.id}`} unit={unit} currentParentId={parentId} onMoved={onMoved} />}
        {may('DELETE') && <DeleteOrgUnitButton key={`delete-${unit.id}`} unit={unit} onDeleted={onDeleted} />}
      </div>
    </Card>
  );
}
