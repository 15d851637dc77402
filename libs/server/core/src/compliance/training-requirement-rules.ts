import { AUDIENCES, type Audience } from '@hocso/contracts';
import { DomainError } from '../errors/domain.error';
import { unstorableCharacterIn } from '../input/unstorable-character';

export const REQUIREMENT_LIMITS = { titleMax: 255, hoursMax: 10_000, dueWithinDaysMax: 3650, recurrenceMonthsMax: 120, renewalWindowDaysMax: 365 } as const;

/** What a caller asks for when creating a requirement, as the API received it. */
export interface TrainingRequirementCommand {
  title: string;
  orgUnitId: string;
  audiences?: readonly Audience[] | null;
  courseId?: string | null;
  trackCode?: string | null;
  hours?: number | null;
  dueAt: Date;
  dueWithinDays?: number | null;
  recurrenceMonths?: number | null;
  renewalWindowDays?: number | null;
}

export type RequirementTarget = { kind: 'course'; courseId: string } | { kind: 'track'; trackCode: string } | { kind: 'hours'; hours: number };

/** A command that passed the checks that need no database. */
export interface CheckedRequirement {
  title: string;
  orgUnitId: string;
  audiences: Audience[];
  target: RequirementTarget;
  dueAt: Date;
  dueWithinDays: number | null;
  recurrenceMonths: number | null;
  renewalWindowDays: number | null;
}

const TARGET_FIELDS = ['courseId', 'trackCode', 'hours'] as const;

/** Exactly one of a course, a track or hours, named by the field at fault. */
export function requirementTargetOf(command: Pick<TrainingRequirementCommand, 'courseId' | 'trackCode' | 'hours'>): RequirementTarget {
  const given = TARGET_FIELDS.filter((field) => command[field] !== null && command[field] !== undefined && command[field] !== '');
  if (given.length === 0) throw DomainError.badInput('courseId', 'compliance.targetMissing');
  if (given.length > 1) throw DomainError.badInput(given[1], 'compliance.targetTwice', { fields: given.join(', ') });
  if (command.courseId) return { kind: 'course', courseId: command.courseId };
  if (command.trackCode) return { kind: 'track', trackCode: command.trackCode.trim() };
  const hours = command.hours as number;
  if (!Number.isFinite(hours) || hours <= 0 || hours > REQUIREMENT_LIMITS.hoursMax) throw DomainError.badInput('hours', 'compliance.hoursInvalid', { max: REQUIREMENT_LIMITS.hoursMax });
  return { kind: 'hours', hours: Math.round(hours * 100) / 100 };
}

function optionalWhole(value: number | null | undefined, min: number, max: number, field: string, reason: 'compliance.dueWithinDaysInvalid' | 'compliance.recurrenceMonthsInvalid' | 'compliance.renewalWindowInvalid'): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min || value > max) throw DomainError.badInput(field, reason, { max });
  return value;
}

/** Every check of a new requirement that needs no database; `now` is the clock the due date is compared with. */
export function checkRequirementCommand(command: TrainingRequirementCommand, now: Date): CheckedRequirement {
  const title = command.title.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (title.length === 0) throw DomainError.badInput('title', 'compliance.titleEmpty');
  if (title.length > REQUIREMENT_LIMITS.titleMax) throw DomainError.badInput('title', 'compliance.titleTooLong', { max: REQUIREMENT_LIMITS.titleMax });
  const unstorable = unstorableCharacterIn(title, 'title');
  if (unstorable) throw unstorable;
  const audiences = [...new Set(command.audiences ?? [])];
  if (audiences.length > AUDIENCES.length) throw DomainError.badInput('audiences', 'compliance.tooManyAudiences', { max: AUDIENCES.length });
  const target = requirementTargetOf(command);
  if (!(command.dueAt instanceof Date) || Number.isNaN(command.dueAt.getTime())) throw DomainError.badInput('dueAt', 'compliance.dueAtInvalid');
  const dueWithinDays = optionalWhole(command.dueWithinDays, 1, REQUIREMENT_LIMITS.dueWithinDaysMax, 'dueWithinDays', 'compliance.dueWithinDaysInvalid');
  const recurrenceMonths = optionalWhole(command.recurrenceMonths, 1, REQUIREMENT_LIMITS.recurrenceMonthsMax, 'recurrenceMonths', 'compliance.recurrenceMonthsInvalid');
  const renewalWindowDays = optionalWhole(command.renewalWindowDays, 0, REQUIREMENT_LIMITS.renewalWindowDaysMax, 'renewalWindowDays', 'compliance.renewalWindowInvalid');
  if (renewalWindowDays !== null && recurrenceMonths === null) throw DomainError.badInput('renewalWindowDays', 'compliance.renewalWindowInvalid', { max: REQUIREMENT_LIMITS.renewalWindowDaysMax });
  if (recurrenceMonths !== null && command.dueAt.getTime() <= now.getTime()) throw DomainError.badInput('dueAt', 'compliance.dueAtPastForRecurring');
  return { title, orgUnitId: command.orgUnitId, audiences, target, dueAt: command.dueAt, dueWithinDays, recurrenceMonths, renewalWindowDays };
}
