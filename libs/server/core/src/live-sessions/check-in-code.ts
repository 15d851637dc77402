import { createHmac, timingSafeEqual } from 'node:crypto';

/** A check-in code lives one step; the one shown just before is still taken (a phone slow to send it). */
export const CHECK_IN_STEP_SECONDS = 30;
export const CHECK_IN_CODE_DIGITS = 6;

/** The time step of an instant. */
export function checkInStepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / CHECK_IN_STEP_SECONDS);
}

/**
 * The code of a session at a time step, TOTP-like (RFC 6238's dynamic truncation of an HMAC-SHA-256 over the
 * session id and the step), under the server's secret: nobody can compute a later code from an earlier one.
 */
export function checkInCodeOf(secret: Buffer, sessionId: string, step: number): string {
  const mac = createHmac('sha256', secret).update(`${sessionId}:${step}`).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** CHECK_IN_CODE_DIGITS).padStart(CHECK_IN_CODE_DIGITS, '0');
}

/** Whether a typed or scanned code is the session's code of the current step or of the one before. */
export function isCurrentCheckInCode(secret: Buffer, sessionId: string, code: string, now: Date): boolean {
  const typed = code.replace(/\s+/g, '');
  if (!new RegExp(`^\\d{${CHECK_IN_CODE_DIGITS}}$`).test(typed)) return false;
  const step = checkInStepAt(now);
  return [step, step - 1].some((candidate) => timingSafeEqual(Buffer.from(checkInCodeOf(secret, sessionId, candidate)), Buffer.from(typed)));
}
