import { DomainError } from '../errors/domain.error';
import { unstorableCharacterIn } from '../input/unstorable-character';
import type { LiveSessionKind } from './live-session-kinds';

export const LIVE_SESSION_LIMITS = { titleMax: 255, descriptionMax: 5_000, placeMax: 500, urlMax: 2_000, capacityMax: 100_000, hoursMax: 100, daysMax: 14, cancelReasonMax: 500 } as const;

/** What a caller asks for when organising a session, as the API received it. */
export interface LiveSessionCommand {
  kind: LiveSessionKind;
  title: string;
  description?: string | null;
  startsAt: Date;
  endsAt: Date;
  place?: string | null;
  onlineUrl?: string | null;
  capacity: number;
  creditedHours: number;
  allowWalkIn?: boolean | null;
  cohortId?: string | null;
  courseId?: string | null;
}

export interface CheckedLiveSession {
  kind: LiveSessionKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  onlineUrl: string | null;
  capacity: number;
  creditedHours: number;
  allowWalkIn: boolean;
  cohortId: string | null;
  courseId: string | null;
}

function text(value: string | null | undefined, field: string, max: number): string {
  const tidy = (value ?? '').normalize('NFC').trim();
  if (tidy.length > max) throw DomainError.badInput(field, 'liveSessions.textTooLong', { max });
  const unstorable = unstorableCharacterIn(tidy, field);
  if (unstorable) throw unstorable;
  return tidy;
}

/** An absolute http(s) address with a host, as a browser would open it. */
export function isWebAddress(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Every check of a new session that needs no database. */
export function checkLiveSessionCommand(command: LiveSessionCommand): CheckedLiveSession {
  const title = text(command.title, 'title', LIVE_SESSION_LIMITS.titleMax).replace(/\s+/g, ' ');
  if (title.length === 0) throw DomainError.badInput('title', 'liveSessions.titleEmpty');
  const description = text(command.description, 'description', LIVE_SESSION_LIMITS.descriptionMax);
  for (const field of ['startsAt', 'endsAt'] as const) {
    if (!(command[field] instanceof Date) || Number.isNaN(command[field].getTime())) throw DomainError.badInput(field, 'liveSessions.dateInvalid');
  }
  if (command.endsAt.getTime() <= command.startsAt.getTime()) throw DomainError.badInput('endsAt', 'liveSessions.endsBeforeStart');
  if (command.endsAt.getTime() - command.startsAt.getTime() > LIVE_SESSION_LIMITS.daysMax * 86_400_000) throw DomainError.badInput('endsAt', 'liveSessions.tooLong', { max: LIVE_SESSION_LIMITS.daysMax });
  const place = text(command.place, 'place', LIVE_SESSION_LIMITS.placeMax) || null;
  const onlineUrl = text(command.onlineUrl, 'onlineUrl', LIVE_SESSION_LIMITS.urlMax) || null;
  if (onlineUrl !== null && !isWebAddress(onlineUrl)) throw DomainError.badInput('onlineUrl', 'liveSessions.onlineUrlInvalid');
  if (place === null && onlineUrl === null) throw DomainError.badInput('place', 'liveSessions.placeMissing');
  if (!Number.isInteger(command.capacity) || command.capacity < 1 || command.capacity > LIVE_SESSION_LIMITS.capacityMax) {
    throw DomainError.badInput('capacity', 'liveSessions.capacityInvalid', { max: LIVE_SESSION_LIMITS.capacityMax });
  }
  if (!Number.isFinite(command.creditedHours) || command.creditedHours < 0 || command.creditedHours > LIVE_SESSION_LIMITS.hoursMax) {
    throw DomainError.badInput('creditedHours', 'liveSessions.hoursInvalid', { max: LIVE_SESSION_LIMITS.hoursMax });
  }
  return {
    kind: command.kind,
    title,
    description,
    startsAt: command.startsAt,
    endsAt: command.endsAt,
    place,
    onlineUrl,
    capacity: command.capacity,
    creditedHours: Math.round(command.creditedHours * 100) / 100,
    allowWalkIn: command.allowWalkIn ?? false,
    cohortId: command.cohortId?.trim() || null,
    courseId: command.courseId?.trim() || null,
  };
}
