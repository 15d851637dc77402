import type { AccessTokenSubject } from './access-token-subject';

/** How many verified access tokens are remembered: a province's exam day in a few megabytes. */
export const VERIFIED_ACCESS_TOKENS_MAX = 20_000;

/**
 * Access tokens whose signature was verified, with their subject and expiry, so that a phone saving an answer
 * every few seconds costs one HMAC per token, not one per request. Only tokens that verified are kept, keyed by
 * their whole text (signature included), each until it expires; when full, the oldest go first. Whether the
 * session still lives is never remembered here: the caller looks it up on every request.
 */
export class VerifiedAccessTokens {
  private readonly verified = new Map<string, { subject: AccessTokenSubject; expiresAtMs: number }>();

  constructor(private readonly max = VERIFIED_ACCESS_TOKENS_MAX) {}

  /** The subject of a token verified before and not yet expired, or null. */
  get(token: string, nowMs = Date.now()): AccessTokenSubject | null {
    const entry = this.verified.get(token);
    if (!entry) return null;
    if (nowMs >= entry.expiresAtMs) {
      this.verified.delete(token);
      return null;
    }
    return entry.subject;
  }

  remember(token: string, subject: AccessTokenSubject, expiresAtMs: number): void {
    if (this.verified.size >= this.max) {
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, { subject, expiresAtMs });
  }
}
