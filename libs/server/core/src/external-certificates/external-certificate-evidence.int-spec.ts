import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { ExternalCertificateEvidenceService } from './external-certificate-evidence.service';
import { ExternalCertificateService } from './external-certificate.service';
import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import { EvidenceCleanupScheduler } from './evidence-cleanup-scheduler';
import { ExternalCertificatesModule } from './external-certificates.module';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

describe('external certificate evidence files (real PostgreSQL and storage)', () => {
  let context: TestingContext;
  let db: DataSource;
  let evidence: ExternalCertificateEvidenceService;
  let certificates: ExternalCertificateService;
  let storageDir: string;
  let holder: Actor;
  let otherLearner: Actor;
  let manager: Actor;
  let foreignManager: Actor;
  let admin: Actor;

  beforeAll(async () => {
    storageDir = mkdtempSync(path.join(tmpdir(), 'hocso-evidence-'));
    process.env['STORAGE_DIR'] = storageDir;
    process.env['UPLOAD_MAX_MB'] = '1';
    process.env['EVIDENCE_UNSUBMITTED_MAX'] = '3';
    context = await createTestingContext([ExternalCertificatesModule]);
    db = context.dataSource;
    evidence = context.get(ExternalCertificateEvidenceService);
    certificates = context.get(ExternalCertificateService);
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    holder = (await createTestUser(db, { orgUnitId: commune.id, audience: 'OFFICIAL' })).actor;
    otherLearner = (await createTestUser(db, { orgUnitId: commune.id, audience: 'OFFICIAL' })).actor;
    manager = (await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).actor;
    foreignManager = (await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: elsewhere.id }] })).actor;
    admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
  });
  afterAll(async () => {
    await context.close();
    delete process.env['STORAGE_DIR'];
    delete process.env['UPLOAD_MAX_MB'];
    delete process.env['EVIDENCE_UNSUBMITTED_MAX'];
    rmSync(storageDir, { recursive: true, force: true });
  });

  const base = { title: 'Kỹ năng số cơ bản', issuerName: 'Đại học Cần Thơ', hours: 8, issuedOn: new Date('2026-03-01T00:00:00Z') };
  const evidenceRows = async () => ((await db.query('SELECT count(*)::int AS n FROM external_certificate_evidence')) as Array<{ n: number }>)[0]?.n;

  it('refuses a wrong kind, a disguised file, an empty or oversized one, in Vietnamese and English, writing nothing', async () => {
    const rowsBefore = await evidenceRows();
    const filesBefore = filesUnder(storageDir).length;
    const disguised = await domainErrorOf(evidence.upload(holder, { originalName: 'bang-tot-nghiep.png', content: Buffer.from('<svg onload="alert(1)"></svg>') }));
    expect({ code: disguised.code, field: disguised.field, reason: disguised.reason }).toEqual({ code: 'BAD_USER_INPUT', field: 'file', reason: 'externalCertificates.evidenceKind' });
    expect(disguised.messageIn('vi')).toBe('Tệp minh chứng phải là PDF, JPEG hoặc PNG thật (đuôi .pdf, .jpg, .jpeg, .png và nội dung đúng loại đó)');
    expect(disguised.messageIn('en')).toBe('The evidence file must be a real PDF, JPEG or PNG (a .pdf, .jpg, .jpeg or .png name and content of that kind)');
    expect((await domainErrorOf(evidence.upload(holder, { originalName: 'chung-chi.docx', content: Buffer.from([0x50, 0x4b, 0x03, 0x04]) }))).reason).toBe('externalCertificates.evidenceKind');
    expect((await domainErrorOf(evidence.upload(holder, { originalName: 'trong.pdf', content: Buffer.alloc(0) }))).reason).toBe('externalCertificates.evidenceEmpty');
    const big = await domainErrorOf(evidence.upload(holder, { originalName: 'lon.pdf', content: Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]) }));
    expect(big.messageIn('vi')).toBe('Tệp minh chứng quá lớn: tối đa 1 MB');
    expect(await evidenceRows()).toBe(rowsBefore);
    expect(filesUnder(storageDir)).toHaveLength(filesBefore);
  });

  it('attaches an upload to one submission, shows it to the holder and the reviewers of their subtree, and to nobody else', async () => {
    const file = await evidence.upload(holder, { originalName: 'Chứng nhận.png', content: PNG });
    expect({ name: file.name, mimeType: file.mimeType, size: file.size }).toEqual({ name: 'Chứng nhận.png', mimeType: 'image/png', size: PNG.length });
    // Before it is attached only its uploader reads it: a reviewer has nothing to review yet.
    await expect(evidence.openFor(holder, file.id).then(({ stream }) => bytesOf(stream))).resolves.toEqual(PNG);
    expect((await domainErrorOf(evidence.openFor(admin, file.id))).code).toBe('NOT_FOUND');
    // Another learner cannot attach someone else's upload.
    expect((await domainErrorOf(certificates.submit(otherLearner, { ...base, evidenceFileId: file.id }))).field).toBe('evidenceFileId');

    const submitted = await certificates.submit(holder, { ...base, evidenceFileId: file.id });
    expect(submitted.evidenceFile?.id).toBe(file.id);
    for (const reader of [holder, manager, admin]) await expect(evidence.openFor(reader, file.id).then(({ stream }) => bytesOf(stream))).resolves.toEqual(PNG);
    for (const reader of [otherLearner, foreignManager]) expect((await domainErrorOf(evidence.openFor(reader, file.id))).code).toBe('NOT_FOUND');
    // The review queue carries it.
    expect((await certificates.pending(manager)).find((pending) => pending.id === submitted.id)?.evidenceFile?.name).toBe('Chứng nhận.png');
    // A file is the evidence of one submission only.
    expect((await domainErrorOf(certificates.submit(holder, { ...base, evidenceFileId: file.id }))).code).toBe('CONFLICT');
  });

  it('takes a PDF alone as the evidence', async () => {
    const file = await evidence.upload(holder, { originalName: 'chung-chi.pdf', content: PDF });
    const submitted = await certificates.submit(holder, { ...base, evidenceFileId: file.id });
    expect(submitted.evidenceFile?.mimeType).toBe('application/pdf');
    expect((await certificates.mine(holder)).find((mine) => mine.id === submitted.id)?.evidenceFile?.id).toBe(file.id);
  });

  const rowsOf = async (userId: string) =>
    ((await db.query('SELECT id, storage_key FROM external_certificate_evidence WHERE uploaded_by_id = $1 ORDER BY uploaded_at', [userId])) as Array<{ id: string; storage_key: string }>);

  it('keeps at most EVIDENCE_UNSUBMITTED_MAX unsubmitted files per person, even uploaded at once, and frees a place on submission', async () => {
    const person = (await createTestUser(db)).actor;
    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => evidence.upload(person, { originalName: `anh-${n}.png`, content: PNG })));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(3);
    const refused = await domainErrorOf(evidence.upload(person, { originalName: 'anh-6.png', content: PNG }));
    expect({ code: refused.code, field: refused.field, reason: refused.reason }).toEqual({ code: 'CONFLICT', field: 'file', reason: 'externalCertificates.evidenceTooManyUnsubmitted' });
    expect(refused.messageIn('vi')).toContain('3 tệp minh chứng chưa gửi');
    const rows = await rowsOf(person.userId);
    expect(rows).toHaveLength(3);
    expect(filesUnder(storageDir).filter((name) => rows.some((row) => row.storage_key.endsWith(name)))).toHaveLength(3);

    await certificates.submit(person, { ...base, evidenceFileId: rows[0].id });
    await expect(evidence.upload(person, { originalName: 'anh-7.png', content: PNG })).resolves.toMatchObject({ uploadedById: person.userId });
  });

  it('deletes, once, the files no certificate was submitted with a day after their upload, and nothing else', async () => {
    const person = (await createTestUser(db)).actor;
    const forgotten = await evidence.upload(person, { originalName: 'quen.png', content: PNG });
    const submitted = await evidence.upload(person, { originalName: 'da-gui.png', content: PNG });
    const recent = await evidence.upload(person, { originalName: 'moi.png', content: PNG });
    await certificates.submit(person, { ...base, evidenceFileId: submitted.id });
    await db.query(`UPDATE external_certificate_evidence SET uploaded_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [[forgotten.id, submitted.id]]);

    const dayAgo = new Date(Date.now() - 24 * 3_600_000);
    await expect(evidence.deleteUnsubmittedBefore(dayAgo)).resolves.toBeGreaterThanOrEqual(1);
    await expect(rowsOf(person.userId)).resolves.toEqual(expect.arrayContaining([expect.objectContaining({ id: submitted.id }), expect.objectContaining({ id: recent.id })]));
    expect((await rowsOf(person.userId)).map((row) => row.id)).not.toContain(forgotten.id);
    expect(filesUnder(storageDir)).not.toContain(forgotten.id);
    expect(filesUnder(storageDir)).toEqual(expect.arrayContaining([submitted.id, recent.id]));
    await expect(evidence.deleteUnsubmittedBefore(dayAgo)).resolves.toBe(0);
    await expect(domainErrorOf(evidence.openFor(person, forgotten.id))).resolves.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('schedules the clean-up as one repeatable job however often the worker starts', async () => {
    const scheduler = context.get(EvidenceCleanupScheduler);
    await scheduler.schedulePeriodic();
    await scheduler.schedulePeriodic();
    const schedulers = await context.get<Queue>(getQueueToken(QUEUES.evidenceCleanup)).getJobSchedulers();
    expect(schedulers.filter((entry) => entry.key === EvidenceCleanupScheduler.periodicId || entry.id === EvidenceCleanupScheduler.periodicId)).toHaveLength(1);
  });
});
