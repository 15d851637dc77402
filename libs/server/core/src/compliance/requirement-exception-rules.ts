import { DomainError } from '../errors/domain.error';
import { formatDueDate } from './due-date-format';

export const REQUIREMENT_EXCEPTION_LIMITS = { reasonLength: 500, extensionYears: 5 } as const;

/** The reason of an exemption or extension: required, NFC, trimmed, bounded. */
export function checkExceptionReason(reason: string): string {
  const text = (reason ?? '').normalize('NFC').trim();
  if (!text) throw DomainError.badInput('reason', 'compliance.reasonRequired');
  if (text.length > REQUIREMENT_EXCEPTION_LIMITS.reasonLength) throw DomainError.badInput('reason', 'compliance.reasonTooLong', { max: REQUIREMENT_EXCEPTION_LIMITS.reasonLength });
  return text;
}

/** An extension moves a due date later: after the person's own due date, and not beyond a few years from now. */
export function checkExtensionDueAt(dueAt: Date, currentDueAt: Date, now: Date): Date {
  if (!(dueAt instanceof Date) || Number.isNaN(dueAt.getTime())) throw DomainError.badInput('dueAt', 'compliance.dueAtInvalid');
  if (dueAt.getTime() <= currentDueAt.getTime()) throw DomainError.badInput('dueAt', 'compliance.extensionNotLater', { due: formatDueDate(currentDueAt) });
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + REQUIREMENT_EXCEPTION_LIMITS.extensionYears);
  if (dueAt.getTime() > latest.getTime()) throw DomainError.badInput('dueAt', 'compliance.extensionTooFar', { years: REQUIREMENT_EXCEPTION_LIMITS.extensionYears });
  return dueAt;
}
