import { DomainError } from '../errors/domain.error';
import { unstorableCharacterIn } from '../input/unstorable-character';

export const COHORT_LIMITS = { nameMax: 255, userIdsPerCall: 500, membersMax: 10_000 } as const;

/** What a caller asks for when creating a cohort, as the API received it. */
export interface CohortCommand {
  name: string;
  orgUnitId: string;
  courseId?: string | null;
  trackCode?: string | null;
  /** `YYYY-MM-DD`. */
  startsOn: string;
}

export type CohortTarget = { kind: 'course'; courseId: string } | { kind: 'track'; trackCode: string };

export interface CheckedCohort {
  name: string;
  orgUnitId: string;
  target: CohortTarget;
  startsOn: string;
}

/** Every check of a new cohort that needs no database. */
export function checkCohortCommand(command: CohortCommand): CheckedCohort {
  const name = command.name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw DomainError.badInput('name', 'cohorts.nameEmpty');
  if (name.length > COHORT_LIMITS.nameMax) throw DomainError.badInput('name', 'cohorts.nameTooLong', { max: COHORT_LIMITS.nameMax });
  const unstorable = unstorableCharacterIn(name, 'name');
  if (unstorable) throw unstorable;
  const courseId = command.courseId?.trim() || null;
  const trackCode = command.trackCode?.trim() || null;
  if (courseId && trackCode) throw DomainError.badInput('trackCode', 'cohorts.targetTwice');
  if (!courseId && !trackCode) throw DomainError.badInput('courseId', 'cohorts.targetMissing');
  if (!isCalendarDay(command.startsOn)) throw DomainError.badInput('startsOn', 'cohorts.startsOnInvalid');
  return { name, orgUnitId: command.orgUnitId, target: courseId ? { kind: 'course', courseId } : { kind: 'track', trackCode: trackCode as string }, startsOn: command.startsOn };
}

/** A real day of the calendar written `YYYY-MM-DD` (2026-02-30 is not). */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}
