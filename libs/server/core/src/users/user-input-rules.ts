import { AUDIENCES, type Audience } from '@hocso/contracts';
import { DomainError } from '../errors/domain.error';

// Practical, not RFC 5322: one @, a dot in the domain, no spaces.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: string, field = 'email'): string {
  const email = raw.trim().toLowerCase();
  if (email.length > 320 || !EMAIL_PATTERN.test(email)) {
    throw DomainError.badInput(field, `"${raw}" is not a valid email address`);
  }
  return email;
}

export function normaliseFullName(raw: string, field = 'fullName'): string {
  const name = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (name.length < 2) throw DomainError.badInput(field, 'Full name must have at least 2 characters');
  if (name.length > 200) throw DomainError.badInput(field, 'Full name must have at most 200 characters');
  return name;
}

export function normalisePhone(raw: string | null | undefined, field = 'phone'): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const phone = raw.replace(/[\s.()-]/g, '');
  if (!/^\+?\d{8,15}$/.test(phone)) throw DomainError.badInput(field, `"${raw}" is not a valid phone number`);
  return phone;
}

export const MIN_PASSWORD_LENGTH = 8;

/** At least 8 characters with letters and digits, and not the email itself. */
export function assertStrongPassword(password: string, email?: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw DomainError.badInput(field, `Password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.length > 256) throw DomainError.badInput(field, 'Password must have at most 256 characters');
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) {
    throw DomainError.badInput(field, 'Password must contain both letters and digits');
  }
  if (email && password.toLowerCase() === email.toLowerCase()) {
    throw DomainError.badInput(field, 'Password must not be your email address');
  }
}

export function parseAudience(raw: string, field = 'audience'): Audience {
  const value = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (!(AUDIENCES as readonly string[]).includes(value)) {
    throw DomainError.badInput(field, `"${raw}" is not an audience (${AUDIENCES.join(', ')})`);
  }
  return value as Audience;
}
