import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@hocso/contracts';
import { domainErrorOf } from '../test-support/domain-error-of';
import { assertStrongPassword } from './user-input-rules';

const refusal = async (password: string) => {
  const error = await domainErrorOf(Promise.resolve().then(() => assertStrongPassword(password)));
  return { reason: error.reason, params: error.params };
};

describe('password rules', () => {
  it('takes its bounds from the shared contracts, where the portal reads them too', async () => {
    const shortest = 'a1'.padEnd(MIN_PASSWORD_LENGTH, 'x');
    expect(() => assertStrongPassword(shortest)).not.toThrow();
    await expect(refusal(shortest.slice(1))).resolves.toEqual({ reason: 'users.passwordTooShort', params: { min: MIN_PASSWORD_LENGTH } });
    const longest = 'a1'.padEnd(MAX_PASSWORD_LENGTH, 'x');
    expect(() => assertStrongPassword(longest)).not.toThrow();
    await expect(refusal(`${longest}x`)).resolves.toEqual({ reason: 'users.passwordTooLong', params: { max: MAX_PASSWORD_LENGTH } });
  });
});
