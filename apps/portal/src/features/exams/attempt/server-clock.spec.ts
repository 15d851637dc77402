import { describe, expect, it } from '@jest/globals';
import { countdownTone, formatCountdown, remainingMs, ServerClock } from './server-clock';

function fakeSources(wall: number, monotonic = 1_000) {
  const clock = { wall, monotonic };
  return {
    clock,
    sources: { wallNow: () => clock.wall, monotonicNow: () => clock.monotonic },
    advance(ms: number) {
      clock.wall += ms;
      clock.monotonic += ms;
    },
  };
}

const SERVER_NOON = Date.parse('2026-05-01T12:00:00Z');

describe('ServerClock', () => {
  it("follows the server's time, not the phone's, measured from the middle of the round trip", () => {
    // The phone is 7 minutes behind.
    const phone = fakeSources(SERVER_NOON - 7 * 60_000, 5_000);
    const clock = new ServerClock(phone.sources);
    clock.observe({ serverMs: SERVER_NOON, sentAt: 4_800, receivedAt: 5_000 });
    expect(clock.now()).toBe(SERVER_NOON + 100);
    phone.advance(30_000);
    expect(clock.now()).toBe(SERVER_NOON + 30_100);
  });

  it("ignores the phone's clock being changed during the exam", () => {
    const phone = fakeSources(SERVER_NOON, 0);
    const clock = new ServerClock(phone.sources);
    clock.observe({ serverMs: SERVER_NOON, sentAt: 0, receivedAt: 0 });
    phone.clock.wall += 3_600_000; // the learner sets the phone an hour back… or forward
    phone.clock.monotonic += 10_000;
    expect(clock.now()).toBe(SERVER_NOON + 10_000);
  });

  it('keeps the sample with the shortest round trip, unless it is over a minute old', () => {
    const phone = fakeSources(SERVER_NOON, 0);
    const clock = new ServerClock(phone.sources);
    clock.observe({ serverMs: SERVER_NOON, sentAt: 0, receivedAt: 100 });
    clock.observe({ serverMs: SERVER_NOON + 5_000, sentAt: 1_000, receivedAt: 3_000 }); // slow answer: less precise
    phone.clock.monotonic = 3_000;
    expect(clock.now()).toBe(SERVER_NOON + 2_950);
    clock.observe({ serverMs: SERVER_NOON + 90_000, sentAt: 70_000, receivedAt: 72_000 });
    phone.clock.monotonic = 72_000;
    expect(clock.now()).toBe(SERVER_NOON + 91_000);
  });

  it('carries the offset over a reload made offline, until the server answers', () => {
    const before = fakeSources(SERVER_NOON - 120_000, 50);
    const first = new ServerClock(before.sources);
    first.observe({ serverMs: SERVER_NOON, sentAt: 50, receivedAt: 50 });
    const kept = first.offsetMs();
    expect(kept).toBe(120_000);

    const after = fakeSources(SERVER_NOON - 120_000 + 40_000, 10);
    const second = new ServerClock(after.sources);
    expect(second.known).toBe(false);
    second.restoreOffset(kept);
    expect(second.now()).toBe(SERVER_NOON + 40_000);
    second.observe({ serverMs: SERVER_NOON + 41_000, sentAt: 10, receivedAt: 10 });
    expect(second.now()).toBe(SERVER_NOON + 41_000);
  });
});

describe('countdown', () => {
  it('counts to the deadline by the server clock and never below zero', () => {
    expect(remainingMs('2026-05-01T12:30:00Z', SERVER_NOON)).toBe(30 * 60_000);
    expect(remainingMs('2026-05-01T11:59:00Z', SERVER_NOON)).toBe(0);
    expect(remainingMs(null, SERVER_NOON)).toBeNull();
  });

  it('formats hours, minutes and seconds, rounding up', () => {
    expect(formatCountdown(3_909_000)).toBe('1:05:09');
    expect(formatCountdown(309_000)).toBe('05:09');
    expect(formatCountdown(100)).toBe('00:01');
    expect(formatCountdown(0)).toBe('00:00');
  });

  it('warns in the last five minutes and alarms in the last one', () => {
    expect(countdownTone(null)).toBe('calm');
    expect(countdownTone(6 * 60_000)).toBe('calm');
    expect(countdownTone(4 * 60_000)).toBe('warning');
    expect(countdownTone(30_000)).toBe('danger');
  });
});
