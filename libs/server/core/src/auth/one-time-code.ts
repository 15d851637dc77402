import { createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';

/** What a one-time code is for: a password reset sent by SMS, or an activation code handed out on paper. */
export type OneTimeCodePurpose = 'PASSWORD_RESET' | 'ACTIVATION';

/** Digits of each kind: six for a code typed from an SMS within minutes, eight for one that lives for weeks. */
export const CODE_DIGITS: Record<OneTimeCodePurpose, number> = { PASSWORD_RESET: 6, ACTIVATION: 8 };

export function newOneTimeCode(purpose: OneTimeCodePurpose): string {
  const digits = CODE_DIGITS[purpose];
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

/** What a person typed, as codes are compared: digits only (spaces and dashes of a printed code dropped). */
export function typedCode(raw: string): string {
  return raw.replace(/[\s-]/g, '');
}

/**
 * Codes have few digits, so a plain hash would be reversed by trying them all: each is stored as an HMAC under
 * a key derived from JWT_SECRET, bound to its account and purpose (a stolen table reveals no code).
 */
export class OneTimeCodeHasher {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, '', 'hocso one-time code v1', 32));
  }

  hash(userId: string, purpose: OneTimeCodePurpose, code: string): string {
    return createHmac('sha256', this.key).update(`${userId}\n${purpose}\n${code}`).digest('hex');
  }

  matches(storedHash: string, userId: string, purpose: OneTimeCodePurpose, code: string): boolean {
    const expected = Buffer.from(this.hash(userId, purpose, code), 'hex');
    const stored = Buffer.from(storedHash, 'hex');
    return stored.length === expected.length && timingSafeEqual(stored, expected);
  }
}
