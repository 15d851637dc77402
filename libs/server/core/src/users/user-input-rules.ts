import { AUDIENCES, type Audience, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@hocso/contracts';
import { DomainError } from '../errors/domain.error';
import { emailKey } from './email-key';
import { phoneKey } from './phone-key';

// Practical, not RFC 5322: one @, a dot in the domain, no spaces.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: string, field = 'email'): string {
  const email = emailKey(raw);
  if (email.length > 320 || !EMAIL_PATTERN.test(email)) {
    throw DomainError.badInput(field, 'users.emailInvalid', { value: raw });
  }
  return email;
}

export function normaliseFullName(raw: string, field = 'fullName'): string {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name.length < 2) throw DomainError.badInput(field, 'users.fullNameTooShort', { min: 2 });
  if (name.length > 200) throw DomainError.badInput(field, 'users.fullNameTooLong', { max: 200 });
  return name;
}

/** A Vietnamese mobile number as stored (E.164, see phoneKey); null for an empty text. */
export function normalisePhone(raw: string | null | undefined, field = 'phone'): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const phone = phoneKey(raw);
  if (!phone) throw DomainError.badInput(field, 'users.phoneInvalid', { value: raw.slice(0, 40) });
  return phone;
}

/** A position is free text of at most 200 characters; blank clears it. */
export function normalisePosition(raw: string | null | undefined): string | null {
  return raw?.normalize('NFC').trim().slice(0, 200) || null;
}

/** At least MIN_PASSWORD_LENGTH characters with letters and digits, and not the email itself. */
export function assertStrongPassword(password: string, email?: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw DomainError.badInput(field, 'users.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  }
  if (password.length > MAX_PASSWORD_LENGTH) throw DomainError.badInput(field, 'users.passwordTooLong', { max: MAX_PASSWORD_LENGTH });
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    throw DomainError.badInput(field, 'users.passwordNeedsLettersAndDigits');
  }
  if (email && password.toLowerCase() === email.toLowerCase()) {
    throw DomainError.badInput(field, 'users.passwordIsEmail');
  }
}

export function parseAudience(raw: string, field = 'audience'): Audience {
  const value = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (!(AUDIENCES as readonly string[]).includes(value)) {
    throw DomainError.badInput(field, 'users.audienceUnknown', { value: raw, allowed: AUDIENCES.join(', ') });
  }
  return value as Audience;
}
