import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import type { Actor } from '../access/actor';
import { staticDocumentLoader } from '../certificates/credentials/credential-document-loader';
import { openBadgesFixture } from '../certificates/credentials/test-support/open-badges-fixtures';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ExternalCertificateService } from './external-certificate.service';
import { ExternalCertificatesModule } from './external-certificates.module';

describe('external certificates (PostgreSQL)', () => {
  let context: TestingContext;
  let service: ExternalCertificateService;
  let learner: { id: string; actor: Actor };
  let outsider: { id: string; actor: Actor };
  let manager: Actor;
  let admin: Actor;

  beforeAll(async () => {
    context = await createTestingContext([ExternalCertificatesModule]);
    service = context.get(ExternalCertificateService);
    const db = context.dataSource;
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    learner = await createTestUser(db, { orgUnitId: commune.id, audience: 'OFFICIAL' });
    outsider = await createTestUser(db, { orgUnitId: elsewhere.id, audience: 'OFFICIAL' });
    manager = (await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).actor;
    admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
  });

  afterAll(() => context.close());

  const base = { title: 'An toàn thông tin', issuerName: 'Coursera', hours: 12, issuedOn: new Date('2026-05-01T00:00:00Z') };

  async function didKeyCredential(): Promise<string> {
    const key = await Ed25519Multikey.generate();
    const did = `did:key:${key.publicKeyMultibase}`;
    const signer = await Ed25519Multikey.from({ ...(await key.export({ publicKey: true, secretKey: true })), id: `${did}#${key.publicKeyMultibase}`, controller: did });
    const credential = await vc.issue({
      credential: {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: did, type: ['Profile'], name: 'Nền tảng khác' },
        validFrom: '2026-01-01T00:00:00Z',
        name: 'Kỹ năng số',
        credentialSubject: { type: ['AchievementSubject'], name: 'Học viên', achievement: { id: 'urn:uuid:1', type: ['Achievement'], name: 'Kỹ năng số', criteria: { narrative: '…' } } },
      },
      suite: new DataIntegrityProof({ signer: signer.signer(), cryptosuite }),
      documentLoader: staticDocumentLoader(),
    });
    return JSON.stringify(credential);
  }

  it('stores the result of checking a submitted credential: verified for a did:key issuer, not for an unvouched one', async () => {
    const verified = await service.submit(learner.actor, { ...base, credentialJson: await didKeyCredential() });
    expect(verified).toMatchObject({ status: 'PENDING', signatureVerified: true, verificationState: 'VALID', verificationReason: 'credentials.check.valid' });
    const unvouched = await service.submit(learner.actor, { ...base, credentialJson: JSON.stringify(openBadgesFixture('1edtech-validator/simple.json')) });
    expect(unvouched).toMatchObject({ signatureVerified: false, verificationState: 'UNKNOWN_ISSUER' });
    const tampered = await service.submit(learner.actor, { ...base, credentialJson: JSON.stringify(openBadgesFixture('1edtech-validator/simple-err-proof-value.json')) });
    expect(tampered).toMatchObject({ signatureVerified: false, verificationState: 'SIGNATURE_INVALID' });
  });

  it('refuses bad submissions with the field at fault, and writes nothing', async () => {
    const before = await context.dataSource.query(`SELECT count(*)::int AS n FROM external_certificate`);
    await expect(domainErrorOf(service.submit(learner.actor, { ...base }))).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'evidenceUrl', reason: 'externalCertificates.evidenceRequired' });
    await expect(domainErrorOf(service.submit(learner.actor, { ...base, hours: 0, evidenceUrl: 'https://x.vn' }))).resolves.toMatchObject({ field: 'hours' });
    await expect(domainErrorOf(service.submit(learner.actor, { ...base, evidenceUrl: 'javascript:alert(1)' }))).resolves.toMatchObject({ field: 'evidenceUrl' });
    await expect(domainErrorOf(service.submit(learner.actor, { ...base, credentialJson: 'not json' }))).resolves.toMatchObject({ field: 'credentialJson', reason: 'credentials.notJson' });
    await expect(domainErrorOf(service.submit(learner.actor, { ...base, issuedOn: new Date(Date.now() + 86_400_000), evidenceUrl: 'https://x.vn' }))).resolves.toMatchObject({ field: 'issuedOn' });
    await expect(context.dataSource.query(`SELECT count(*)::int AS n FROM external_certificate`)).resolves.toEqual(before);
  });

  it("queues submissions for administrators and the managers of the holder's subtree, who approve or reject with a reason", async () => {
    const mine = await service.submit(learner.actor, { ...base, evidenceUrl: 'https://coursera.org/verify/ABC' });
    const theirs = await service.submit(outsider.actor, { ...base, evidenceUrl: 'https://coursera.org/verify/XYZ' });
    const managerQueue = (await service.pending(manager)).map((c) => c.id);
    expect(managerQueue).toContain(mine.id);
    expect(managerQueue).not.toContain(theirs.id);
    expect((await service.pending(admin)).map((c) => c.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    await expect(domainErrorOf(service.pending(learner.actor))).resolves.toMatchObject({ code: 'FORBIDDEN' });

    await expect(domainErrorOf(service.review(manager, theirs.id, true))).resolves.toMatchObject({ code: 'NOT_FOUND' });
    await expect(domainErrorOf(service.review(learner.actor, mine.id, true))).resolves.toMatchObject({ code: 'FORBIDDEN' });
    await expect(domainErrorOf(service.review(manager, mine.id, false))).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const approved = await service.review(manager, mine.id, true);
    expect(approved).toMatchObject({ status: 'APPROVED', reviewReason: null });
    await expect(domainErrorOf(service.review(admin, mine.id, false, 'trùng'))).resolves.toMatchObject({ code: 'CONFLICT' });
    const rejected = await service.review(admin, theirs.id, false, 'Không đọc được minh chứng');
    expect(rejected).toMatchObject({ status: 'REJECTED', reviewReason: 'Không đọc được minh chứng' });

    const events = await context.dataSource.query(`SELECT payload FROM outbox WHERE topic = 'external-certificate.reviewed' AND aggregate_id = ANY($1::uuid[])`, [[mine.id, theirs.id]]);
    expect(events.map((e: { payload: { approved: boolean } }) => e.payload.approved).sort()).toEqual([false, true]);

    const hours = await service.approvedHours([learner.id, outsider.id]);
    expect(hours.get(learner.id)).toBe(12);
    expect(hours.has(outsider.id)).toBe(false);
    expect((await service.mine(learner.actor)).map((c) => c.id)).toContain(mine.id);
  });
});
