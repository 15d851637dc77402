import { useQuery } from '@apollo/client/react';
import { orgTreeActionsQuery } from '@hocso/portal-data-access';
import { Card, Tree } from '@hocso/portal-ui';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../shared/page-title';
import { QueryError } from '../../../shared/query-error';
import { CreateOrgUnitForm } from './create-org-unit-form';
import { OrgUnitDetails } from './org-unit-details';
import { describeOrgUnit } from './org-unit-label';
import { useOrgUnitBranches, type OrgUnitSummary } from './use-org-unit-branches';

export function OrgUnitsPage() {
  const { t } = useTranslation();
  const describe = useCallback((unit: OrgUnitSummary) => describeOrgUnit(t, unit), [t]);
  const branches = useOrgUnitBranches(describe);
  const treeActions = useQuery(orgTreeActionsQuery, { fetchPolicy: 'cache-and-network' }).data?.orgTreeActions ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId ? branches.findUnit(selectedId) : undefined;
  const selectedParentId = selectedId ? branches.parentOf(selectedId) : undefined;
  const detailsAnchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedId) detailsAnchor.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [selectedId]);

  const reloadAround = async (parentIds: (string | null | undefined)[]) => {
    const unique = [...new Set(parentIds.filter((id) => id !== undefined))];
    await Promise.all(unique.map((id) => branches.reloadBranch(id)));
  };

  const handleChildCreated = async (parentId: string | null) => {
    if (parentId) {
      await reloadAround([branches.parentOf(parentId) ?? null, parentId]);
      branches.toggle(parentId, true);
    } else {
      await reloadAround([null]);
    }
  };

  return (
    <>
      <PageTitle title={t('admin.orgUnits.title')} />
      <p className="hs-muted">{t('admin.orgUnits.lead')}</p>
      <QueryError error={branches.loadError} />
      <div className="hs-split">
        <div className="hs-stack">
          {branches.rootsLoaded ? (
            branches.roots.length > 0 ? (
              <Tree
                label={t('admin.orgUnits.treeLabel')}
                roots={branches.roots}
                getChildren={branches.getChildren}
                expandedIds={branches.expandedIds}
                selectedId={selectedId}
                onToggle={branches.toggle}
                onSelect={setSelectedId}
                loadingLabel={t('common.loading')}
              />
            ) : (
              <p>{t('admin.orgUnits.empty')}</p>
            )
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
          {treeActions.includes('CREATE_CHILD') && (
            <details className="hs-disclosure" data-testid="org-unit-create-root">
              <summary>{t('admin.orgUnits.createRootTitle')}</summary>
              <CreateOrgUnitForm parent={null} onCreated={(parentId) => void handleChildCreated(parentId)} />
            </details>
          )}
        </div>
        <div ref={detailsAnchor} className="hs-scroll-anchor">
          {selected ? (
            <OrgUnitDetails
              key={selected.id}
              unit={selected}
              parentId={selectedParentId}
              onRenamed={() => void reloadAround([selectedParentId ?? null])}
              onChildCreated={(parentId) => void handleChildCreated(parentId)}
              onMoved={(previousParentId, newParentId) => void reloadAround([previousParentId, newParentId, ...(newParentId ? [branches.parentOf(newParentId) ?? null] : [])])}
              onDeleted={() => {
                setSelectedId(null);
                void reloadAround([selectedParentId ?? null]);
              }}
            />
          ) : (
            <Card>
              <p className="hs-muted">{t('admin.orgUnits.selectHint')}</p>
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
