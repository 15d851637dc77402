import { describe, expect, it } from '@jest/globals';
import { lastActiveEnrollment } from './last-active-enrollment';

describe('lastActiveEnrollment', () => {
  it('picks the enrollment in progress touched last, whatever the order', () => {
    const picked = lastActiveEnrollment([
      { id: 'a', status: 'ACTIVE', lastActiveAt: '2026-11-02T08:00:00Z' },
      { id: 'b', status: 'COMPLETED', lastActiveAt: '2026-11-30T08:00:00Z' },
      { id: 'c', status: 'ACTIVE', lastActiveAt: '2026-11-20T08:00:00Z' },
      { id: 'd', status: 'WITHDRAWN', lastActiveAt: '2026-11-29T08:00:00Z' },
    ]);
    expect(picked?.id).toBe('c');
  });

  it('counts a completed course taken again as in progress', () => {
    const picked = lastActiveEnrollment([
      { id: 'a', status: 'ACTIVE', lastActiveAt: '2026-11-02T08:00:00Z' },
      { id: 'b', status: 'COMPLETED', lastActiveAt: '2026-11-30T08:00:00Z', retakeStartedAt: '2026-11-30T07:00:00Z' },
    ]);
    expect(picked?.id).toBe('b');
  });

  it('is null when nothing is in progress', () => {
    expect(lastActiveEnrollment([{ id: 'b', status: 'COMPLETED', lastActiveAt: '2026-11-30T08:00:00Z' }])).toBeNull();
    expect(lastActiveEnrollment([])).toBeNull();
  });
});
