import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { REDIS } from '../redis/redis.token';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser, TEST_PASSWORD } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { AuthModule } from './auth.module';
import { AuthService } from './auth.service';

/** Lower limits than the defaults, so that the account-wide and sign-up limits are reached quickly. */
const LIMITS = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '12', REGISTER_MAX_PER_IP: '3', PASSWORD_CHANGE_MAX_PER_ACCOUNT: '3' };

describe('sign-in, sign-up and password-change throttles (PostgreSQL + Redis)', () => {
  let ctx: TestingContext;
  let auth: AuthService;
  let db: DataSource;
  const saved = Object.fromEntries(Object.keys(LIMITS).map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    Object.assign(process.env, LIMITS);
    ctx = await createTestingContext([AuthModule]);
    auth = ctx.get(AuthService);
    db = ctx.dataSource;
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await ctx.close();
  });

  let addresses = 0;
  const newAddress = () => `198.51.100.${(addresses += 1)}`;
  const outcome = async (attempt: Promise<unknown>): Promise<string> => {
    try {
      await attempt;
      return 'SIGNED_IN';
    } catch {
      return (await domainErrorOf(attempt)).code;
    }
  };

  it('tries exactly five of forty parallel wrong passwords from one address', async () => {
    const user = await createTestUser(db);
    const ip = newAddress();
    const outcomes = await Promise.all(Array.from({ length: 40 }, () => outcome(auth.login({ email: user.email }, 'wrong-password-1', ip))));
    expect(outcomes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(outcomes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(35);
  });

  it('locks out the guessing address, not the owner signing in from another one', async () => {
    const user = await createTestUser(db);
    const attacker = newAddress();
    for (let attempt = 0; attempt < 5; attempt += 1) await expect(outcome(auth.login({ email: user.email }, 'wrong-password-1', attacker))).resolves.toBe('UNAUTHENTICATED');
    const refused = await domainErrorOf(auth.login({ email: user.email }, TEST_PASSWORD, attacker));
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'auth.tooManySignInAttempts', params: { minutes: 15 } });
    expect(refused.details?.['retryAfterSeconds']).toBeGreaterThan(800);
    await expect(auth.login({ email: user.email }, TEST_PASSWORD, newAddress())).resolves.toMatchObject({ user: { id: user.id } });
  });

  it('locks the account everywhere only after many failures from many addresses', async () => {
    const user = await createTestUser(db);
    for (const ip of [newAddress(), newAddress(), newAddress()]) {
      for (let attempt = 0; attempt < 4; attempt += 1) await expect(outcome(auth.login({ email: user.email }, 'wrong-password-1', ip))).resolves.toBe('UNAUTHENTICATED');
    }
    await expect(outcome(auth.login({ email: user.email }, TEST_PASSWORD, newAddress()))).resolves.toBe('TOO_MANY_REQUESTS');
  });

  it("forgets an address's failures on an account once the right password comes from it", async () => {
    const user = await createTestUser(db);
    const ip = newAddress();
    for (let attempt = 0; attempt < 4; attempt += 1) await outcome(auth.login({ email: user.email }, 'wrong-password-1', ip));
    await expect(outcome(auth.login({ email: user.email }, TEST_PASSWORD, ip))).resolves.toBe('SIGNED_IN');
    const after = [];
    for (let attempt = 0; attempt < 6; attempt += 1) after.push(await outcome(auth.login({ email: user.email }, 'wrong-password-1', ip)));
    expect(after).toEqual([...Array<string>(5).fill('UNAUTHENTICATED'), 'TOO_MANY_REQUESTS']);
  });

  it('limits sign-ups per address, whatever their outcome', async () => {
    const ip = newAddress();
    const register = (email = `reg-${randomUUID()}@test.hocso.vn`) => auth.register({ fullName: 'Người Đăng Ký', email, password: 'dang-ky-2026' }, ip);
    await register();
    await expect(outcome(register('not-an-email'))).resolves.toBe('BAD_USER_INPUT');
    await register();
    const refused = await domainErrorOf(register());
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'throttle.register', params: { minutes: 60 } });
    await expect(outcome(auth.register({ fullName: 'Người Khác', email: `reg-${randomUUID()}@test.hocso.vn`, password: 'dang-ky-2026' }, newAddress()))).resolves.toBe('SIGNED_IN');
  });

  it('limits attempts to change the password of an account, the right one included', async () => {
    const user = await createTestUser(db);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(domainErrorOf(auth.changePassword(user.actor, 'not-my-password-1', 'mat-khau-moi-2026'))).resolves.toMatchObject({ field: 'currentPassword' });
    }
    await expect(domainErrorOf(auth.changePassword(user.actor, TEST_PASSWORD, 'mat-khau-moi-2026'))).resolves.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      reason: 'throttle.passwordChange',
    });
  });

  it('keys the counters by a digest: no email in Redis, and bounded keys', async () => {
    const localPart = 'dai'.repeat(100);
    const email = `${localPart}-${randomUUID()}@test.hocso.vn`;
    await outcome(auth.login({ email: email }, 'wrong-password-1', newAddress()));
    const redis = ctx.get<Redis>(REDIS);
    const keys = await redis.keys(`${process.env['QUEUE_PREFIX'] ?? 'hocso'}:{throttle}:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => key.includes('daidai') || key.includes('test.hocso.vn') || key.length > 160)).toEqual([]);
  });
});
