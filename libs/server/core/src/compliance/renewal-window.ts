import type { TrainingRequirementEntity } from './training-requirement.entity';

const DAY_MS = 86_400_000;

/**
 * The renewal window of a met recurring requirement, as Totara's recertification window: the person is due for
 * renewal from `opensAt` (the expiry less `renewalWindowDays`) until `expiresAt`, when the completion no longer holds.
 */
export interface RenewalWindow {
  opensAt: Date;
  expiresAt: Date;
}

/**
 * The window of a completion expiring at `expiresAt` (for a met recurring requirement, its due date); null when the
 * requirement does not recur or has no window (none set, or 0 days): it then simply expires.
 */
export function renewalWindowOf(requirement: Pick<TrainingRequirementEntity, 'recurrenceMonths' | 'renewalWindowDays'>, expiresAt: Date): RenewalWindow | null {
  if (requirement.recurrenceMonths === null || !requirement.renewalWindowDays) return null;
  return { opensAt: new Date(expiresAt.getTime() - requirement.renewalWindowDays * DAY_MS), expiresAt };
}

export function isWithinRenewalWindow(window: RenewalWindow | null, now: Date): boolean {
  return window !== null && now.getTime() >= window.opensAt.getTime() && now.getTime() < window.expiresAt.getTime();
}
