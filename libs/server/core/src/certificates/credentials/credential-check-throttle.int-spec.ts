import { domainErrorOf } from '../../test-support/domain-error-of';
import { createTestingContext, type TestingContext } from '../../test-support/testing-context';
import { CredentialCheckThrottle } from './credential-check-throttle';
import { CredentialsModule } from './credentials.module';

/** Lower limits than the defaults, so that both bounds are reached quickly. */
const LIMITS = { CREDENTIAL_CHECK_MAX_PER_IP: '5', CREDENTIAL_CHECK_WINDOW_SECONDS: '120', CREDENTIAL_CHECK_CONCURRENCY: '2' };

describe('the credential check throttle (real Redis)', () => {
  let context: TestingContext;
  let throttle: CredentialCheckThrottle;
  const saved = Object.fromEntries(Object.keys(LIMITS).map((name) => [name, process.env[name]]));
  let addresses = 0;
  const newAddress = () => `203.0.113.${(addresses += 1)}`;

  beforeAll(async () => {
    Object.assign(process.env, LIMITS);
    context = await createTestingContext([CredentialsModule]);
    throttle = context.get(CredentialCheckThrottle);
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await context.close();
  });

  const outcome = async (attempt: Promise<unknown>): Promise<string> => {
    try {
      await attempt;
      return 'CHECKED';
    } catch {
      return (await domainErrorOf(attempt)).code;
    }
  };

  it('lets exactly five of twenty checks from one address through, and tells the others how long to wait', async () => {
    const ip = newAddress();
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i += 1) outcomes.push(await outcome(throttle.run(ip, async () => 'ok')));
    expect(outcomes.filter((code) => code === 'CHECKED')).toHaveLength(5);
    expect(outcomes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(15);
    const refusal = await domainErrorOf(throttle.run(ip, async () => 'ok'));
    expect(refusal.reason).toBe('credentials.tooManyChecks');
    expect(refusal.details?.['retryAfterSeconds']).toBeGreaterThan(0);
    expect(refusal.details?.['retryAfterSeconds']).toBeLessThanOrEqual(120);
    expect(refusal.messageIn('vi')).toBe('Có quá nhiều lượt kiểm tra chứng chỉ từ địa chỉ mạng này. Vui lòng thử lại sau 2 phút');
    expect(refusal.messageIn('en')).toBe('Too many credential checks from this network address. Try again in 2 minute(s)');
    // Another address has its own window.
    await expect(throttle.run(newAddress(), async () => 'ok')).resolves.toBe('ok');
  });

  it('runs at most CREDENTIAL_CHECK_CONCURRENCY checks at once and frees the slot when a check fails', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inside = 0;
    let most = 0;
    const slow = () =>
      throttle.run(newAddress(), async () => {
        inside += 1;
        most = Math.max(most, inside);
        await gate;
        inside -= 1;
        return 'ok';
      });
    const first = [slow(), slow()];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const refusal = await domainErrorOf(slow());
    expect(refusal.code).toBe('TOO_MANY_REQUESTS');
    expect(refusal.reason).toBe('credentials.checksBusy');
    expect(refusal.details?.['retryAfterSeconds']).toBe(2);
    release();
    await expect(Promise.all(first)).resolves.toEqual(['ok', 'ok']);
    expect(most).toBe(2);
    await expect(throttle.run(newAddress(), async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    await expect(Promise.all([slow(), slow()])).resolves.toEqual(['ok', 'ok']);
  });

  it('does not count a call turned away as busy against its address', async () => {
    const ip = newAddress();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held = [throttle.run(newAddress(), () => gate), throttle.run(newAddress(), () => gate)];
    const busy = await Promise.all(Array.from({ length: 10 }, () => outcome(throttle.run(ip, async () => 'ok'))));
    expect(busy).toEqual(Array(10).fill('TOO_MANY_REQUESTS'));
    release();
    await Promise.all(held);
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i += 1) outcomes.push(await outcome(throttle.run(ip, async () => 'ok')));
    expect(outcomes).toEqual(['CHECKED', 'CHECKED', 'CHECKED', 'CHECKED', 'CHECKED', 'TOO_MANY_REQUESTS']);
  });
});
