import { randomUUID } from 'node:crypto';
import { VerifiedAccessTokens } from './verified-access-tokens';

describe('VerifiedAccessTokens', () => {
  const subject = () => ({ userId: randomUUID(), sessionId: randomUUID() });

  it('answers a remembered token until it expires, then forgets it', () => {
    const tokens = new VerifiedAccessTokens();
    const who = subject();
    tokens.remember('a.b.c', who, 10_000);
    expect(tokens.get('a.b.c', 9_999)).toEqual(who);
    expect(tokens.get('a.b.c', 10_000)).toBeNull();
    expect(tokens.get('a.b.c', 5_000)).toBeNull();
  });

  it('knows only the exact text it verified: another signature is another token', () => {
    const tokens = new VerifiedAccessTokens();
    tokens.remember('a.b.c', subject(), 10_000);
    expect(tokens.get('a.b.d', 1)).toBeNull();
  });

  it('keeps at most its bound, forgetting the oldest first', () => {
    const tokens = new VerifiedAccessTokens(2);
    tokens.remember('one', subject(), 10_000);
    tokens.remember('two', subject(), 10_000);
    tokens.remember('three', subject(), 10_000);
    expect(tokens.get('one', 1)).toBeNull();
    expect(tokens.get('two', 1)).not.toBeNull();
    expect(tokens.get('three', 1)).not.toBeNull();
  });
});
