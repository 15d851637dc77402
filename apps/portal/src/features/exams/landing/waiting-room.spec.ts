import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { comebackDelayMs, secondsUntil, waitingRoomRefusal, waitingRoomTurn } from './waiting-room';

const refused = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'Đang có nhiều người vào thi cùng lúc…', extensions }] });

describe('the exam waiting room in the portal', () => {
  it('reads the place and the wait of a start the waiting room refused', () => {
    const error = refused({ code: 'TOO_MANY_REQUESTS', reason: 'exam.waitingRoom', position: 2400, retryAfterSeconds: 6, params: { position: 2400, seconds: 6 } });
    expect(waitingRoomRefusal(error)).toEqual({ position: 2400, retryAfterSeconds: 6 });
  });

  it('reads the same refusal answered with an HTTP error status', () => {
    const body = { errors: [{ message: 'x', extensions: { code: 'TOO_MANY_REQUESTS', reason: 'exam.waitingRoom', position: 7, retryAfterSeconds: 2 } }] };
    expect(waitingRoomRefusal({ name: 'ServerError', statusCode: 429, bodyText: JSON.stringify(body) })).toEqual({ position: 7, retryAfterSeconds: 2 });
  });

  it('leaves every other error to the error message', () => {
    expect(waitingRoomRefusal(refused({ code: 'TOO_MANY_REQUESTS', reason: 'throttle.register', retryAfterSeconds: 60 }))).toBeNull();
    expect(waitingRoomRefusal(refused({ code: 'CONFLICT', reason: 'exam.attemptDelay', retryAfterSeconds: 30 }))).toBeNull();
    expect(waitingRoomRefusal(refused({ code: 'TOO_MANY_REQUESTS', reason: 'exam.waitingRoom' }))).toBeNull();
    expect(waitingRoomRefusal(new TypeError('Failed to fetch'))).toBeNull();
  });

  it('comes back after the wait plus a jitter of up to a second and a tenth of the wait, so that phones do not return together', () => {
    expect(comebackDelayMs(5, () => 0)).toBe(5000);
    expect(comebackDelayMs(5, () => 0.5)).toBe(5750);
    expect(comebackDelayMs(5, () => 0.999)).toBe(6499);
    const delays = new Set(Array.from({ length: 50 }, () => comebackDelayMs(3)));
    expect(delays.size).toBeGreaterThan(40);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(3000);
  });

  it('counts the seconds down to the comeback, never below zero', () => {
    const turn = waitingRoomTurn({ position: 12, retryAfterSeconds: 4 }, 1_000_000, () => 0.25);
    expect(turn).toEqual({ position: 12, retryAtMs: 1_000_000 + 4350 });
    expect(secondsUntil(turn, 1_000_000)).toBe(5);
    expect(secondsUntil(turn, 1_000_000 + 3400)).toBe(1);
    expect(secondsUntil(turn, 1_000_000 + 9000)).toBe(0);
  });
});
