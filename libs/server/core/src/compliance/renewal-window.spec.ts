import { isWithinRenewalWindow, renewalWindowOf } from './renewal-window';

describe('renewalWindowOf', () => {
  const expiresAt = new Date('2027-03-31T16:59:59Z');

  it('opens the window its days before the expiry of a recurring requirement, and holds until the expiry', () => {
    const window = renewalWindowOf({ recurrenceMonths: 12, renewalWindowDays: 30 }, expiresAt);
    expect(window).toEqual({ opensAt: new Date('2027-03-01T16:59:59Z'), expiresAt });
    expect(isWithinRenewalWindow(window, new Date('2027-03-01T16:59:58Z'))).toBe(false);
    expect(isWithinRenewalWindow(window, new Date('2027-03-01T16:59:59Z'))).toBe(true);
    expect(isWithinRenewalWindow(window, new Date('2027-03-31T16:59:58Z'))).toBe(true);
    expect(isWithinRenewalWindow(window, expiresAt)).toBe(false);
  });

  it('has no window without a recurrence, without days, or with none', () => {
    expect(renewalWindowOf({ recurrenceMonths: null, renewalWindowDays: null }, expiresAt)).toBeNull();
    expect(renewalWindowOf({ recurrenceMonths: 12, renewalWindowDays: null }, expiresAt)).toBeNull();
    expect(renewalWindowOf({ recurrenceMonths: 12, renewalWindowDays: 0 }, expiresAt)).toBeNull();
    expect(isWithinRenewalWindow(null, expiresAt)).toBe(false);
  });
});
