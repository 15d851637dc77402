import type { TFunction } from 'i18next';
import type { OrgUnitSummary } from './use-org-unit-branches';

export function describeOrgUnit(t: TFunction, unit: OrgUnitSummary): string {
  return t('admin.orgUnits.nodeDetail', { code: unit.code, kind: unit.kind, members: unit.memberCount });
}

export function matchesOrgUnitFilter(unit: Pick<OrgUnitSummary, 'code' | 'name'>, filter: string): boolean {
  const needle = normalizeForSearch(filter);
  if (!needle) return true;
  return normalizeForSearch(unit.code).includes(needle) || normalizeForSearch(unit.name).includes(needle);
}

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}
