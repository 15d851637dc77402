import { describe, expect, it } from '@jest/globals';
import { isoToVietnamTimeInput, vietnamTimeToIso } from './vietnam-time-input';

describe('vietnamTimeToIso', () => {
  it('reads the time typed as Vietnam’s, whatever the browser’s zone', () => {
    expect(vietnamTimeToIso('2026-12-07T08:00')).toBe('2026-12-07T01:00:00.000Z');
    expect(vietnamTimeToIso('2026-12-07T03:30')).toBe('2026-12-06T20:30:00.000Z');
  });

  it('leaves an empty or partial value empty, for the server to name the field', () => {
    expect(vietnamTimeToIso('')).toBe('');
    expect(vietnamTimeToIso('2026-12-07')).toBe('');
  });
});

describe('isoToVietnamTimeInput', () => {
  it('writes an instant as the time of day in Vietnam, the reverse of vietnamTimeToIso', () => {
    expect(isoToVietnamTimeInput('2026-12-07T01:00:00.000Z')).toBe('2026-12-07T08:00');
    expect(isoToVietnamTimeInput('2026-12-06T20:30:00.000Z')).toBe('2026-12-07T03:30');
    expect(vietnamTimeToIso(isoToVietnamTimeInput('2026-12-31T17:15:00.000Z'))).toBe('2026-12-31T17:15:00.000Z');
  });

  it('leaves what is not a time empty', () => {
    expect(isoToVietnamTimeInput('not a time')).toBe('');
  });
});
