import type { Locale } from '../i18n/locale';
import { renderMessage } from '../i18n/render-message';
import type { LiveSessionEntity } from './live-session.entity';

/** What a calendar file of a session needs besides the session. */
export interface CalendarContext {
  /** The platform's public address: the event's host in its UID and the session page's URL. */
  publicUrl: string;
  locale: Locale;
  /** DTSTAMP: when the file was made. */
  now: Date;
}

/** An iCalendar (RFC 5545) file of one session, in UTC, for any calendar application. */
export function liveSessionCalendar(session: LiveSessionEntity, context: CalendarContext): string {
  const pageUrl = `${context.publicUrl}/sessions/${session.id}`;
  const kind = renderMessage(`liveSessions.kind.${session.kind}`, {}, context.locale);
  const location = [session.place, session.onlineUrl ? renderMessage('liveSessions.calendarOnline', { url: session.onlineUrl }, context.locale) : null].filter(Boolean).join(' — ');
  const description = [session.description, pageUrl].filter(Boolean).join('\n\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//HocSo//Live sessions//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${session.id}@${new URL(context.publicUrl).host}`,
    `DTSTAMP:${utc(context.now)}`,
    `DTSTART:${utc(session.startsAt)}`,
    `DTEND:${utc(session.endsAt)}`,
    `SUMMARY:${escapeText(`${kind}: ${session.title}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    `URL:${session.onlineUrl ?? pageUrl}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** 20261201T013000Z. */
function utc(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines of at most 75 octets (RFC 5545 3.1), continued after CRLF and a space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
