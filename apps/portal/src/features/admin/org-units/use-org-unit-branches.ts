import { useApolloClient } from '@apollo/client/react';
import { orgUnitsQuery, type OrgUnitFieldsFragment } from '@hocso/portal-data-access';
import type { TreeNodeData } from '@hocso/portal-ui';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export const ROOT_BRANCH = '__root__';

export type OrgUnitSummary = OrgUnitFieldsFragment;

export interface OrgUnitBranches {
  roots: readonly TreeNodeData[];
  rootsLoaded: boolean;
  loadError: unknown;
  expandedIds: ReadonlySet<string>;
  getChildren(id: string): readonly TreeNodeData[] | undefined;
  findUnit(id: string): OrgUnitSummary | undefined;
  parentOf(id: string): string | null | undefined;
  loadedUnits(): OrgUnitSummary[];
  toggle(id: string, expand: boolean): void;
  reloadBranch(parentId: string | null): Promise<void>;
}

export function toTreeNode(unit: OrgUnitSummary, describe: (unit: OrgUnitSummary) => string): TreeNodeData {
  return { id: unit.id, label: unit.name, detail: describe(unit), hasChildren: unit.childCount > 0 };
}

export function useOrgUnitBranches(describe: (unit: OrgUnitSummary) => string): OrgUnitBranches {
  const client = useApolloClient();
  const [branches, setBranches] = useState<ReadonlyMap<string, OrgUnitSummary[]>>(new Map());
  const [expandedIds, setExpandedIds] = useState<ReadonlySet<string>>(new Set());
  const [loadError, setLoadError] = useState<unknown>(null);
  const requested = useRef(new Set<string>());

  const reloadBranch = useCallback(
    async (parentId: string | null) => {
      const key = parentId ?? ROOT_BRANCH;
      requested.current.add(key);
      try {
        const result = await client.query({ query: orgUnitsQuery, variables: { parentId }, fetchPolicy: 'network-only' });
        const units = result.data?.orgUnits ?? [];
        setBranches((previous) => new Map(previous).set(key, [...units]));
        setLoadError(null);
      } catch (error) {
        requested.current.delete(key);
        setLoadError(error);
      }
    },
    [client],
  );

  useEffect(() => {
    if (!requested.current.has(ROOT_BRANCH)) void reloadBranch(null);
  }, [reloadBranch]);

  const toggle = useCallback(
    (id: string, expand: boolean) => {
      setExpandedIds((previous) => {
        const next = new Set(previous);
        if (expand) next.add(id);
        else next.delete(id);
        return next;
      });
      if (expand && !requested.current.has(id)) void reloadBranch(id);
    },
    [reloadBranch],
  );

  const nodeBranches = useMemo(() => {
    const converted = new Map<string, TreeNodeData[]>();
    branches.forEach((units, key) => converted.set(key, units.map((unit) => toTreeNode(unit, describe))));
    return converted;
  }, [branches, describe]);

  const parents = useMemo(() => {
    const parentById = new Map<string, string | null>();
    branches.forEach((units, key) => units.forEach((unit) => parentById.set(unit.id, key === ROOT_BRANCH ? null : key)));
    return parentById;
  }, [branches]);

  const getChildren = useCallback((id: string) => nodeBranches.get(id), [nodeBranches]);
  const loadedUnits = useCallback(() => [...branches.values()].flat(), [branches]);
  const findUnit = useCallback((id: string) => loadedUnits().find((unit) => unit.id === id), [loadedUnits]);
  const parentOf = useCallback((id: string) => parents.get(id), [parents]);

  return {
    roots: nodeBranches.get(ROOT_BRANCH) ?? [],
    rootsLoaded: branches.has(ROOT_BRANCH),
    loadError,
    expandedIds,
    getChildren,
    findUnit,
    parentOf,
    loadedUnits,
    toggle,
    reloadBranch,
  };
}
