import { readFileSync } from 'node:fs';
import path from 'node:path';

/** 1EdTech's Open Badges 3.0 test credentials and the specification's vectors, read in place. */
export const OPEN_BADGES_FIXTURES = path.resolve(__dirname, '../../../../../../..', '../shared/fixtures/open-badges');

export function openBadgesFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(OPEN_BADGES_FIXTURES, name), 'utf8')) as Record<string, unknown>;
}

/** The valid ones verify; the `err` ones must fail (SOURCES.md). */
export const VALID_1EDTECH_CREDENTIALS = ['1edtech-validator/simple.json', '1edtech-validator/simple-multiple-proofs.json', '1edtech-validator/simple-did-web-method.json'];
export const FAILING_1EDTECH_CREDENTIALS = ['1edtech-validator/simple-err-expired.json', '1edtech-validator/simple-err-proof-value.json'];
export const REVOKED_1EDTECH_CREDENTIAL = '1edtech-validator/bit-string-list/credential-status-revoked.json';
export const REVOKED_1EDTECH_STATUS_LIST = '1edtech-validator/bit-string-list/testlist';
