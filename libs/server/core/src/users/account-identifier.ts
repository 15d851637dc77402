import { DomainError } from '../errors/domain.error';
import { emailKey } from './email-key';
import { phoneKey } from './phone-key';
import { normaliseEmail, normalisePhone } from './user-input-rules';

/** How a person names their account: its email or its phone, in the one spelling it is stored under. */
export type AccountIdentifier = { field: 'email'; key: string } | { field: 'phone'; key: string };

export interface IdentifierInput {
  email?: string | null;
  phone?: string | null;
}

function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value.trim() !== '';
}

function exactlyOne(input: IdentifierInput): 'email' | 'phone' {
  const hasEmail = present(input.email);
  const hasPhone = present(input.phone);
  if (hasEmail === hasPhone) throw DomainError.badInput(hasEmail ? 'phone' : 'email', 'account.emailOrPhone');
  return hasEmail ? 'email' : 'phone';
}

/** For a new account: exactly one of them, checked as it will be stored (a valid email, a Vietnamese mobile). */
export function newAccountIdentifier(input: IdentifierInput): AccountIdentifier {
  return exactlyOne(input) === 'email'
    ? { field: 'email', key: normaliseEmail(input.email as string) }
    : { field: 'phone', key: normalisePhone(input.phone) as string };
}

/**
 * For finding an account (sign-in, password reset): exactly one of them. An email is only normalised, so that
 * a mistyped address is answered as an unknown one; a text that is no phone number at all is refused on `phone`.
 */
export function lookupIdentifier(input: IdentifierInput): AccountIdentifier {
  if (exactlyOne(input) === 'email') return { field: 'email', key: emailKey(input.email as string) };
  const key = phoneKey(input.phone as string);
  if (!key) throw DomainError.badInput('phone', 'users.phoneInvalid', { value: (input.phone as string).slice(0, 40) });
  return { field: 'phone', key };
}
