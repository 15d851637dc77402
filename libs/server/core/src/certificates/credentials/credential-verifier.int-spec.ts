import { randomUUID } from 'node:crypto';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { Actor } from '../../access/actor';
import { domainErrorOf } from '../../test-support/domain-error-of';
import { createTestUser } from '../../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../../test-support/testing-context';
import { CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT } from './credential-contexts';
import { didDocumentResolver, staticDocumentLoader } from './credential-document-loader';
import { CredentialIssuer } from './credential-issuer';
import { CredentialVerifier } from './credential-verifier';
import { CredentialsModule } from './credentials.module';
import { StatusListService } from './status-list.service';
import { openBadgesFixture, REVOKED_1EDTECH_CREDENTIAL, REVOKED_1EDTECH_STATUS_LIST } from './test-support/open-badges-fixtures';
import { TrustedIssuerService } from './trusted-issuer.service';

describe('CredentialVerifier (offline, PostgreSQL for the status lists and trusted issuers)', () => {
  let context: TestingContext;
  let verifier: CredentialVerifier;
  let issuer: CredentialIssuer;
  let admin: Actor;

  beforeAll(async () => {
    context = await createTestingContext([CredentialsModule]);
    verifier = context.get(CredentialVerifier);
    issuer = context.get(CredentialIssuer);
    admin = (await createTestUser(context.dataSource, { roles: [{ role: 'ADMIN' }] })).actor;
  });

  afterAll(() => context.close());

  async function platformCredential() {
    const status = await context.dataSource.transaction((manager) => context.get(StatusListService).allocate(manager));
    const credential = await issuer.issueCertificateCredential({
      credentialId: randomUUID(),
      serial: 'BT-2026-000042',
      holderName: 'Lê Thị Thu Hà',
      courseTitle: 'Chuyển đổi số cho cán bộ thôn, ấp',
      courseVersion: 2,
      hours: 6,
      completedAt: new Date('2026-10-01T00:00:00Z'),
      issuedAt: new Date('2026-10-01T01:00:00Z'),
      verifyUrl: 'http://localhost:3000/verify/BT-2026-000042',
      status,
    });
    return { credential, status };
  }

  /** A credential signed by another issuer's key: a did:key, or a did:web whose DID document is returned. */
  async function foreignCredential(kind: 'did:key' | 'did:web', extra: Record<string, unknown> = {}) {
    const key = await Ed25519Multikey.generate();
    const did = kind === 'did:key' ? `did:key:${key.publicKeyMultibase}` : `did:web:other-${randomUUID().slice(0, 8)}.edu.vn`;
    const methodId = kind === 'did:key' ? `${did}#${key.publicKeyMultibase}` : `${did}#key-1`;
    const signer = await Ed25519Multikey.from({ ...(await key.export({ publicKey: true, secretKey: true })), id: methodId, controller: did });
    const didDocument = {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [{ id: methodId, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase }],
      assertionMethod: [methodId],
    };
    const credential = await vc.issue({
      credential: {
        '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT],
        id: `urn:uuid:${randomUUID()}`,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: did, type: ['Profile'], name: 'Trường Đại học Khác' },
        validFrom: '2026-01-01T00:00:00Z',
        name: 'Kỹ năng số nâng cao',
        credentialSubject: { type: ['AchievementSubject'], name: 'Phạm Minh Tuấn', achievement: { id: 'urn:uuid:0a1b', type: ['Achievement'], name: 'Kỹ năng số nâng cao', criteria: { narrative: '…' } } },
        ...extra,
      },
      suite: new DataIntegrityProof({ signer: signer.signer(), cryptosuite }),
      documentLoader: staticDocumentLoader(didDocumentResolver(didDocument)),
    });
    return { credential, did, didDocument };
  }

  it("reads the platform's own credential as valid, then revoked once revoked", async () => {
    const { credential, status } = await platformCredential();
    const json = JSON.stringify(credential);
    await expect(verifier.verify(json)).resolves.toMatchObject({
      state: 'VALID',
      warnings: [],
      signatureVerified: true,
      revoked: false,
      trustedIssuerName: 'Sở Thông tin và Truyền thông (HocSo)',
      claims: { holderName: 'Lê Thị Thu Hà', achievementName: 'Chuyển đổi số cho cán bộ thôn, ấp' },
    });
    await context.dataSource.transaction((manager) => context.get(StatusListService).revoke(manager, status.listId, status.index));
    await expect(verifier.verify(json)).resolves.toMatchObject({ state: 'REVOKED', warnings: ['REVOKED'], signatureVerified: true, revoked: true, reason: 'credentials.check.revoked' });
  });

  it('shows nothing but the failed signature for a tampered credential', async () => {
    const { credential } = await platformCredential();
    (credential['credentialSubject'] as Record<string, unknown>)['name'] = 'Người Khác';
    await expect(verifier.verify(JSON.stringify(credential))).resolves.toEqual({
      state: 'SIGNATURE_INVALID',
      warnings: [],
      signatureVerified: false,
      reason: 'credentials.check.signatureInvalid',
      reasonParams: {},
      trustedIssuerName: null,
      trustedIssuerLogoUrl: null,
      revoked: null,
      claims: null,
    });
  });

  it('reads expiry and not-yet-valid with the clock it is given', async () => {
    const signed = await issuer.sign(
      {
        '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: issuer.issuerProfile(),
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2027-01-01T00:00:00Z',
        name: 'Có thời hạn',
        credentialSubject: { type: ['AchievementSubject'], name: 'Võ Văn Kiệt', achievement: { id: 'urn:uuid:1', type: ['Achievement'], name: 'Có thời hạn', criteria: { narrative: '…' } } },
      },
      new Date('2026-01-01T00:00:00Z'),
    );
    const json = JSON.stringify(signed);
    await expect(verifier.verify(json, { now: new Date('2026-06-01T00:00:00Z') })).resolves.toMatchObject({ state: 'VALID', revoked: null });
    await expect(verifier.verify(json, { now: new Date('2027-01-01T00:00:01Z') })).resolves.toMatchObject({ state: 'EXPIRED', warnings: ['EXPIRED'], signatureVerified: true });
    await expect(verifier.verify(json, { now: new Date('2025-12-31T23:59:59Z') })).resolves.toMatchObject({ state: 'NOT_YET_VALID', warnings: ['NOT_YET_VALID'] });
  });

  it('verifies a did:key issuer by its key', async () => {
    const { credential } = await foreignCredential('did:key');
    await expect(verifier.verify(JSON.stringify(credential))).resolves.toMatchObject({ state: 'VALID', signatureVerified: true, trustedIssuerName: null });
  });

  it('trusts a did:web issuer only once an administrator put it on the list with its DID document', async () => {
    const { credential, did, didDocument } = await foreignCredential('did:web');
    const json = JSON.stringify(credential);
    await expect(verifier.verify(json)).resolves.toMatchObject({ state: 'UNKNOWN_ISSUER', signatureVerified: false, reason: 'credentials.check.unknownIssuer', claims: { issuerId: did } });
    const trusted = await context.get(TrustedIssuerService).add(admin, { did, name: 'Trường Đại học Khác', logoUrl: 'https://other.edu.vn/logo.png', didDocument: JSON.stringify(didDocument) });
    await expect(verifier.verify(json)).resolves.toMatchObject({ state: 'VALID', signatureVerified: true, trustedIssuerName: 'Trường Đại học Khác', trustedIssuerLogoUrl: 'https://other.edu.vn/logo.png' });
    await context.get(TrustedIssuerService).remove(admin, trusted.id);
    await expect(verifier.verify(json)).resolves.toMatchObject({ state: 'UNKNOWN_ISSUER', signatureVerified: false });
  });

  it('reads a status it cannot check as its own state, never as not revoked', async () => {
    const { credential } = await foreignCredential('did:key', {
      credentialStatus: { id: 'https://status.other.edu.vn/1#5', type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListIndex: '5', statusListCredential: 'https://status.other.edu.vn/1' },
    });
    await expect(verifier.verify(JSON.stringify(credential))).resolves.toMatchObject({ state: 'STATUS_UNKNOWN', warnings: ['STATUS_UNKNOWN'], signatureVerified: true, revoked: null, reason: 'credentials.check.statusUnknown' });
  });

  describe("1EdTech's fixtures", () => {
    it.each(['1edtech-validator/simple.json', '1edtech-validator/simple-multiple-proofs.json', '1edtech-validator/simple-did-web-method.json'])(
      '%s: the proof verifies with the key its issuer URL names, an issuer the platform cannot vouch for',
      async (name) => {
        await expect(verifier.verify(JSON.stringify(openBadgesFixture(name)))).resolves.toMatchObject({ state: 'UNKNOWN_ISSUER', warnings: ['UNKNOWN_ISSUER'], signatureVerified: false, claims: { credentialName: 'Teamwork Badge' } });
      },
    );

    it('simple-err-proof-value.json fails its signature', async () => {
      await expect(verifier.verify(JSON.stringify(openBadgesFixture('1edtech-validator/simple-err-proof-value.json')))).resolves.toMatchObject({ state: 'SIGNATURE_INVALID', claims: null });
    });

    it('simple-err-expired.json is expired', async () => {
      await expect(verifier.verify(JSON.stringify(openBadgesFixture('1edtech-validator/simple-err-expired.json')))).resolves.toMatchObject({ state: 'EXPIRED', warnings: ['EXPIRED', 'UNKNOWN_ISSUER'] });
    });

    it('the bit-string-list credential reads revoked (bit 23) with its signed list, and status unknown without it', async () => {
      const credential = openBadgesFixture(REVOKED_1EDTECH_CREDENTIAL);
      const url = String((credential['credentialStatus'] as Record<string, unknown>)['statusListCredential']);
      await expect(verifier.verify(JSON.stringify(credential), { statusLists: { [url]: openBadgesFixture(REVOKED_1EDTECH_STATUS_LIST) } })).resolves.toMatchObject({ state: 'REVOKED', revoked: true });
      await expect(verifier.verify(JSON.stringify(credential))).resolves.toMatchObject({ state: 'UNKNOWN_ISSUER', warnings: ['UNKNOWN_ISSUER', 'STATUS_UNKNOWN'], revoked: null });
    });

    it('simple-did-key-method.json: a bare did:key reference (no key fragment) for an urn:uuid issuer is not vouched for', async () => {
      await expect(verifier.verify(JSON.stringify(openBadgesFixture('1edtech-validator/simple-did-key-method.json')))).resolves.toMatchObject({ signatureVerified: false, warnings: expect.arrayContaining(['UNKNOWN_ISSUER']) });
    });
  });

  describe('bad input: a clear BAD_USER_INPUT, nothing fetched', () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    afterAll(() => fetchSpy.mockRestore());

    it.each([
      ['not JSON', '{"@context": [', 'credentials.notJson'],
      ['10 MB', JSON.stringify({ '@context': [CREDENTIALS_V2_CONTEXT], padding: 'x'.repeat(10 * 1024 * 1024) }), 'credentials.tooLarge'],
      ['an unknown context', JSON.stringify({ '@context': [CREDENTIALS_V2_CONTEXT, 'urn:example:context'], type: ['VerifiableCredential'] }), 'credentials.unknownContext'],
      ['a remote context URL', JSON.stringify({ '@context': [CREDENTIALS_V2_CONTEXT, 'https://attacker.example/context.json'], type: ['VerifiableCredential'] }), 'credentials.remoteContext'],
      ['a remote context nested in a subject', JSON.stringify({ '@context': [CREDENTIALS_V2_CONTEXT], type: ['VerifiableCredential'], credentialSubject: { '@context': 'http://127.0.0.1:1/x' } }), 'credentials.remoteContext'],
      ['a JSON array', '[]', 'credentials.notCredential'],
      ['a document nested 10,000 deep', `{"@context":["${CREDENTIALS_V2_CONTEXT}"],"type":["VerifiableCredential"],"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`, 'credentials.notCredential'],
    ])('%s', async (_label, json, reason) => {
      const error = await domainErrorOf(verifier.verify(json));
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason, field: 'json' });
      if (reason === 'credentials.tooLarge') expect(error.messageIn('en')).toContain('at most 1 MB');
      expect(fetchSpy).not.toHaveBeenCalled();
    });
  });
});
