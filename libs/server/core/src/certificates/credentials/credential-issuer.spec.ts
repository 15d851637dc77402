import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config/app-config';
import { STATIC_CONTEXTS } from './credential-contexts';
import { CredentialIssuer } from './credential-issuer';
import { CredentialKeyRing } from './credential-key-ring';
import { generateEd25519SecretKeyMultibase } from './multibase-key';
import { verifyIndependently } from './test-support/independent-verifier';

const SPEC_FIXTURES = path.resolve(__dirname, '../../../../../..', '../shared/fixtures/open-badges');

function issuerWith(env: Record<string, string> = {}) {
  const config = loadConfig({ PUBLIC_URL: 'https://hocso.example.gov.vn', ...env });
  const keys = new CredentialKeyRing(config);
  return { keys, issuer: new CredentialIssuer(config, keys) };
}

const input = {
  credentialId: '0d3c8f7e-1111-4a2b-9c3d-2e4f5a6b7c8d',
  serial: 'BT-2026-000123',
  holderName: 'Nguyễn Thị Hồng Nhung'.normalize('NFD'),
  courseTitle: 'Kỹ năng số cho cán bộ, công chức',
  courseVersion: 3,
  hours: 12.5,
  completedAt: new Date('2026-11-20T08:00:00Z'),
  issuedAt: new Date('2026-11-20T08:05:00Z'),
  verifyUrl: 'https://hocso.example.gov.vn/verify/BT-2026-000123',
  status: { listId: 'abc123', index: 7 },
};

describe('CredentialIssuer', () => {
  it('signs an OpenBadgeCredential that an independent verifier accepts with the DID document', async () => {
    const { keys, issuer } = issuerWith();
    const credential = await issuer.issueCertificateCredential(input);
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential['type']).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential['issuer']).toMatchObject({ id: 'did:web:hocso.example.gov.vn' });
    expect((credential['credentialSubject'] as Record<string, unknown>)['name']).toBe('Nguyễn Thị Hồng Nhung'.normalize('NFC'));
    expect(credential['credentialStatus']).toEqual({
      id: 'https://hocso.example.gov.vn/credentials/status/abc123#7',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: 'https://hocso.example.gov.vn/credentials/status/abc123',
    });
    const proof = credential['proof'] as Record<string, unknown>;
    expect(proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: keys.signingKey.id });
    expect(String(proof['verificationMethod'])).toMatch(/^did:web:hocso\.example\.gov\.vn#key-/);

    const result = await verifyIndependently(credential, { didDocuments: [keys.didDocument()], statusLists: {} });
    // The status list is not given here: the proof verifies, the status does not (it is checked in the end-to-end test).
    expect(result.verified).toBe(true);
  });

  it('fails a tampered credential', async () => {
    const { keys, issuer } = issuerWith();
    const credential = await issuer.issueCertificateCredential(input);
    const tampered = structuredClone(credential);
    (tampered['credentialSubject'] as Record<string, unknown>)['creditsEarned'] = 120;
    await expect(verifyIndependently(tampered, { didDocuments: [keys.didDocument()] })).resolves.toMatchObject({ verified: false });
  });

  it('keeps credentials of a previous key verifiable after a rotation', async () => {
    const oldSecret = generateEd25519SecretKeyMultibase();
    const before = issuerWith({ CREDENTIAL_SIGNING_KEY: oldSecret, CREDENTIAL_KEY_ID: 'key-2025' });
    const credential = await before.issuer.issueCertificateCredential(input);
    const after = issuerWith({
      CREDENTIAL_SIGNING_KEY: generateEd25519SecretKeyMultibase(),
      CREDENTIAL_KEY_ID: 'key-2026',
      CREDENTIAL_PREVIOUS_PUBLIC_KEYS: `key-2025=${before.keys.signingKey.publicKeyMultibase}`,
    });
    const didDocument = after.keys.didDocument();
    expect(didDocument['assertionMethod']).toEqual(['did:web:hocso.example.gov.vn#key-2026', 'did:web:hocso.example.gov.vn#key-2025']);
    await expect(verifyIndependently(credential, { didDocuments: [didDocument] })).resolves.toMatchObject({ verified: true });
    await expect(verifyIndependently(credential, { didDocuments: [issuerWith({ CREDENTIAL_SIGNING_KEY: generateEd25519SecretKeyMultibase(), CREDENTIAL_KEY_ID: 'key-2025' }).keys.didDocument()] })).resolves.toMatchObject({ verified: false });
  });

  it('signs with the Open Badges 3.0.3 context of the specification itself', () => {
    const fromSpecification = JSON.parse(readFileSync(path.join(SPEC_FIXTURES, 'context-3.0.3.json'), 'utf8')) as unknown;
    const shipped = STATIC_CONTEXTS.get('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(shipped).toEqual(fromSpecification);
  });
});
