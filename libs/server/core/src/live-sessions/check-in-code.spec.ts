import { CHECK_IN_STEP_SECONDS, checkInCodeOf, checkInStepAt, isCurrentCheckInCode } from './check-in-code';

const secret = Buffer.alloc(32, 7);
const session = '0b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f';
const now = new Date('2026-12-01T08:00:10Z');

describe('check-in codes', () => {
  it('are six digits that change every step and differ between sessions and secrets', () => {
    const step = checkInStepAt(now);
    const code = checkInCodeOf(secret, session, step);
    expect(code).toMatch(/^\d{6}$/);
    expect(checkInCodeOf(secret, session, step + 1)).not.toBe(code);
    expect(checkInCodeOf(secret, '1b9f6d1e-3c1a-4d2b-9e8f-7a6b5c4d3e2f', step)).not.toBe(code);
    expect(checkInCodeOf(Buffer.alloc(32, 8), session, step)).not.toBe(code);
  });

  it('take the current and the previous step only: a photo of an older code does not work', () => {
    const step = checkInStepAt(now);
    expect(isCurrentCheckInCode(secret, session, checkInCodeOf(secret, session, step), now)).toBe(true);
    expect(isCurrentCheckInCode(secret, session, checkInCodeOf(secret, session, step - 1), now)).toBe(true);
    expect(isCurrentCheckInCode(secret, session, checkInCodeOf(secret, session, step - 2), now)).toBe(false);
    expect(isCurrentCheckInCode(secret, session, checkInCodeOf(secret, session, step - 2880), now)).toBe(false);
    expect(isCurrentCheckInCode(secret, session, checkInCodeOf(secret, session, step + 1), now)).toBe(false);
    const later = new Date(now.getTime() + 2 * CHECK_IN_STEP_SECONDS * 1000);
    expect(isCurrentCheckInCode(secret, session, checkInCodeOf(secret, session, step), later)).toBe(false);
  });

  it('refuse what is not six digits, and accept spaces typed inside', () => {
    const code = checkInCodeOf(secret, session, checkInStepAt(now));
    expect(isCurrentCheckInCode(secret, session, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(true);
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}0`, '١٢٣٤٥٦']) expect(isCurrentCheckInCode(secret, session, bad, now)).toBe(false);
  });
});
