import { describe, expect, it } from '@jest/globals';
import { expiresSoon } from './access-token-expiry';

const base64url = (text: string) => btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const jwtExpiringAt = (exp: number) => `${base64url('{"alg":"HS256"}')}.${base64url(JSON.stringify({ sub: 'u', exp }))}.signature`;

describe('expiresSoon', () => {
  const now = Date.UTC(2026, 0, 1);

  it('tells a token about to expire (or expired) from one that has time left', () => {
    expect(expiresSoon(jwtExpiringAt(now / 1000 + 10), now)).toBe(true);
    expect(expiresSoon(jwtExpiringAt(now / 1000 - 3600), now)).toBe(true);
    expect(expiresSoon(jwtExpiringAt(now / 1000 + 600), now)).toBe(false);
  });

  it('leaves a token it cannot read to the server', () => {
    expect(expiresSoon('not-a-jwt', now)).toBe(false);
    expect(expiresSoon('a.%%%.b', now)).toBe(false);
  });
});
