import {
  FAILING_1EDTECH_CREDENTIALS,
  openBadgesFixture,
  REVOKED_1EDTECH_CREDENTIAL,
  REVOKED_1EDTECH_STATUS_LIST,
  VALID_1EDTECH_CREDENTIALS,
} from './test-support/open-badges-fixtures';
import { verifyIndependently } from './test-support/independent-verifier';

// The independent verifier must itself read 1EdTech's fixtures right before it may judge the platform's credentials.
describe('the independent verifier against 1EdTech fixtures', () => {
  it.each(VALID_1EDTECH_CREDENTIALS)('verifies %s', async (name) => {
    await expect(verifyIndependently(openBadgesFixture(name))).resolves.toMatchObject({ verified: true });
  });

  it.each(FAILING_1EDTECH_CREDENTIALS)('fails %s', async (name) => {
    await expect(verifyIndependently(openBadgesFixture(name))).resolves.toMatchObject({ verified: false });
  });

  it('reads the revoked one as revoked by bit 23 of its signed list', async () => {
    const credential = openBadgesFixture(REVOKED_1EDTECH_CREDENTIAL);
    const statusList = openBadgesFixture(REVOKED_1EDTECH_STATUS_LIST);
    const url = String((credential['credentialStatus'] as Record<string, unknown>)['statusListCredential']);
    await expect(verifyIndependently(credential, { statusLists: { [url]: statusList } })).resolves.toMatchObject({ verified: true, revoked: true });
  });
});
