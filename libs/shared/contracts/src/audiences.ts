export const AUDIENCES = ['CITIZEN', 'OFFICIAL', 'LEADER', 'SME', 'VILLAGE_HEAD'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * Audiences a person may choose for themselves when signing up. Being an official, a leader or a village
 * head is set by administrators and unit managers (or the bulk onboarding of their unit).
 */
export const SELF_DECLARED_AUDIENCES = ['CITIZEN', 'SME'] as const satisfies readonly Audience[];

export function isSelfDeclaredAudience(audience: Audience): boolean {
  return (SELF_DECLARED_AUDIENCES as readonly Audience[]).includes(audience);
}
