import type { TFunction } from 'i18next';

const NAMED_KINDS = ['province', 'city', 'department', 'district', 'commune', 'ward', 'hamlet', 'enterprise', 'school', 'public_service_unit'] as const;

/** A unit's kind in the reader's words ("DISTRICT" → "Huyện"); a kind the province named itself stays as typed. */
export function orgUnitKindLabel(t: TFunction, kind: string): string {
  const key = kind.trim().toLowerCase();
  return (NAMED_KINDS as readonly string[]).includes(key) ? t(`admin.orgUnits.kinds.${key}`) : kind;
}
