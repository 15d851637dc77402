import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT, STATIC_CONTEXTS } from './credential-contexts';
import { withScopedContextsByReference } from './scoped-contexts-by-reference';

/** The canonicalisation eddsa-rdfc-2022 signs: JSON-LD to RDF in safe mode, then RDFC-1.0. */
const { canonize } = cryptosuite as { canonize(input: unknown, options: { documentLoader: unknown }): Promise<string> };

const loaderOver = (contexts: ReadonlyMap<string, unknown>) => async (url: string) => {
  const document = contexts.get(url);
  if (document === undefined) throw new Error(`unknown ${url}`);
  return { contextUrl: null, documentUrl: url, document };
};

/** An Open Badges credential with every typed node the platform signs, and a status list credential. */
const credentials: Array<Record<string, unknown>> = [
  {
    '@context': [CREDENTIALS_V2_CONTEXT, OPEN_BADGES_CONTEXT],
    id: 'urn:uuid:0d3c8f7e-1111-4a2b-9c3d-2e4f5a6b7c8d',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'did:web:hocso.example.gov.vn', type: ['Profile'], name: 'Sở Nội vụ', url: 'https://hocso.example.gov.vn' },
    validFrom: '2026-11-20T08:05:00.000Z',
    awardedDate: '2026-11-20T08:05:00.000Z',
    name: 'Kỹ năng số',
    credentialSubject: {
      type: ['AchievementSubject'],
      name: 'Nguyễn Thị Hồng Nhung',
      identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Nguyễn Thị Hồng Nhung' }],
      activityEndDate: '2026-11-20T08:00:00.000Z',
      creditsEarned: 12.5,
      achievement: {
        id: 'https://hocso.example.gov.vn/verify/BT-2026-000123#achievement',
        type: ['Achievement'],
        achievementType: 'Certificate',
        name: 'Kỹ năng số',
        version: '3',
        creditsAvailable: 12.5,
        criteria: { narrative: 'Hoàn thành khóa học' },
      },
    },
    evidence: [{ id: 'https://hocso.example.gov.vn/verify/BT-2026-000123', type: ['Evidence'], name: 'BT-2026-000123', narrative: 'Tra cứu' }],
    credentialStatus: {
      id: 'https://hocso.example.gov.vn/credentials/status/abc#7',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: 'https://hocso.example.gov.vn/credentials/status/abc',
    },
    proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', created: '2026-11-20T08:05:00Z', verificationMethod: 'did:web:hocso.example.gov.vn#key-1', proofPurpose: 'assertionMethod' },
  },
  {
    '@context': [CREDENTIALS_V2_CONTEXT],
    id: 'https://hocso.example.gov.vn/credentials/status/abc',
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: 'did:web:hocso.example.gov.vn',
    validFrom: '2026-11-20T08:05:00.000Z',
    credentialSubject: { id: 'https://hocso.example.gov.vn/credentials/status/abc#list', type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: 'uH4sI' },
  },
];

describe('scoped contexts by reference', () => {
  const byReference = withScopedContextsByReference(STATIC_CONTEXTS);

  it.each(credentials.map((credential) => [String((credential['type'] as string[])[1]), credential]))(
    'canonicalises a %s to the same N-Quads as the original contexts do',
    async (_type, credential) => {
      const canonical = (contexts: ReadonlyMap<string, unknown>) =>
        canonize(credential, { documentLoader: loaderOver(contexts) });
      const original = await canonical(STATIC_CONTEXTS);
      // Every claim is in the RDF (a term the contexts did not define would have failed in safe mode).
      expect(original.split('\n').length).toBeGreaterThan(8);
      expect(await canonical(byReference)).toBe(original);
    },
  );

  it('serves every context the original map has, with no scoped context left inline', () => {
    for (const url of STATIC_CONTEXTS.keys()) expect(byReference.has(url)).toBe(true);
    const openBadges = (byReference.get(OPEN_BADGES_CONTEXT) as { '@context': Record<string, { '@context'?: unknown }> })['@context'];
    const scoped = Object.values(openBadges).filter((definition) => typeof definition === 'object' && definition !== null && '@context' in definition);
    expect(scoped.length).toBeGreaterThan(5);
    for (const definition of scoped) expect(definition['@context']).toMatch(/^urn:hocso:scoped-context:[0-9a-f]{64}$/);
  });
});
