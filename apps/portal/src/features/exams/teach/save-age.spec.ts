import { describe, expect, it } from '@jest/globals';
import { saveAgeParts, saveAgeSeconds } from './save-age';

describe('save age', () => {
  it("measures from the server's clock of the same answer, never below zero", () => {
    expect(saveAgeSeconds('2026-05-01T08:10:00Z', '2026-05-01T08:07:30Z')).toBe(150);
    expect(saveAgeSeconds('2026-05-01T08:10:00Z', '2026-05-01T08:10:02Z')).toBe(0);
    expect(saveAgeSeconds('2026-05-01T08:10:00Z', null)).toBeNull();
  });

  it('says seconds, minutes or hours', () => {
    expect(saveAgeParts(42)).toEqual({ unit: 'seconds', count: 42 });
    expect(saveAgeParts(150)).toEqual({ unit: 'minutes', count: 2 });
    expect(saveAgeParts(7300)).toEqual({ unit: 'hours', count: 2 });
  });
});
