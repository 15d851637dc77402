import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { completeTestCourse, createTestCourseVersion } from './test-support/certificate-fixtures';
import type { DataSource } from 'typeorm';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { StorageModule } from '../storage/storage.module';
import { CertificateIssuingService } from './certificate-issuing.service';
import { CertificateReadService } from './certificate-read.service';
import { CertificateRevocationService } from './certificate-revocation.service';
import { CertificatesModule } from './certificates.module';
import { StatusListService } from './credentials/status-list.service';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('issuing certificates (real PostgreSQL and storage)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let issuing: CertificateIssuingService;
  let reads: CertificateReadService;
  let revocations: CertificateRevocationService;
  let storage: FileStorage;
  let storageDir: string;

  beforeAll(async () => {
    storageDir = mkdtempSync(path.join(tmpdir(), 'hocso-certificates-'));
    process.env['STORAGE_DIR'] = storageDir;
    process.env['PUBLIC_URL'] = 'https://hocso.bentre.gov.vn';
    process.env['CERTIFICATE_ISSUER_NAME'] = 'Sở Nội vụ tỉnh Bến Tre';
    ctx = await createTestingContext([CertificatesModule, StorageModule]);
    db = ctx.dataSource;
    issuing = ctx.get(CertificateIssuingService);
    reads = ctx.get(CertificateReadService);
    revocations = ctx.get(CertificateRevocationService);
    storage = ctx.get<FileStorage>(FILE_STORAGE);
  });
  afterAll(async () => {
    await ctx.close();
    delete process.env['STORAGE_DIR'];
    delete process.env['PUBLIC_URL'];
    delete process.env['CERTIFICATE_ISSUER_NAME'];
    rmSync(storageDir, { recursive: true, force: true });
  });

  const completion = async (fullName = 'Nguyễn Thị Ánh Tuyết') => {
    const user = await createTestUser(db, { fullName, withPassword: false });
    const course = await createTestCourseVersion(db, { title: 'Chuyển đổi số trong cơ quan nhà nước', hours: 12.5 });
    return { user, enrollmentId: await completeTestCourse(db, user.id, course) };
  };
  const certificatesOf = (enrollmentId: string) =>
    db.query(
      'SELECT id, serial, status, issue_number, pdf_storage_key, holder_name, credential, status_list_id, status_list_index FROM certificate WHERE enrollment_id = $1 ORDER BY issue_number',
      [enrollmentId],
    );

  it('issues one certificate per completed enrollment, however often and however concurrently the job runs', async () => {
    const { user, enrollmentId } = await completion();
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => issuing.issueForEnrollment(enrollmentId)));
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(await issuing.issueForEnrollment(enrollmentId)).toEqual({ created: false, finished: 0 });
    const rows = await certificatesOf(enrollmentId);
    expect(rows).toHaveLength(1);
    expect(rows[0].serial).toMatch(/^BT-20\d\d-\d{6}$/);
    expect(rows[0].pdf_storage_key).toBe(`certificates/${rows[0].id}`);
    expect(rows[0].credential).toMatchObject({
      id: `urn:uuid:${rows[0].id}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: { name: 'Nguyễn Thị Ánh Tuyết', creditsEarned: 12.5 },
      credentialStatus: { type: 'BitstringStatusListEntry', statusListIndex: String(rows[0].status_list_index) },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
    });
    expect(await reads.credential(rows[0].serial)).toEqual(rows[0].credential);
    const notifications = await db.query(`SELECT kind, params FROM notification WHERE user_id = $1`, [user.id]);
    expect(notifications).toEqual([{ kind: 'certificate.issued', params: expect.objectContaining({ serial: rows[0].serial }) }]);
  });

  it('gives consecutive serials to concurrent issues, none twice', async () => {
    const enrollments = await Promise.all([1, 2, 3, 4, 5, 6].map(() => completion().then((c) => c.enrollmentId)));
    await Promise.all(enrollments.map((id) => issuing.issueForEnrollment(id)));
    const rows: Array<{ serial: string }> = await db.query('SELECT serial FROM certificate WHERE enrollment_id = ANY($1)', [enrollments]);
    const numbers = rows.map((row) => Number(row.serial.split('-')[2])).sort((a, b) => a - b);
    expect(new Set(numbers).size).toBe(6);
    expect(numbers[5]! - numbers[0]!).toBe(5);
  });

  it('finishes what a run that died after the insert left undone', async () => {
    const { enrollmentId } = await completion();
    await issuing.issueForEnrollment(enrollmentId);
    const [row] = await certificatesOf(enrollmentId);
    await storage.delete(row.pdf_storage_key);
    await db.query('UPDATE certificate SET pdf_storage_key = NULL WHERE id = $1', [row.id]);
    expect(await issuing.issueForEnrollment(enrollmentId)).toEqual({ created: false, finished: 1 });
    expect((await certificatesOf(enrollmentId))[0].pdf_storage_key).toBe(row.pdf_storage_key);
  });

  it('issues nothing for an enrollment that is not completed', async () => {
    const user = await createTestUser(db, { withPassword: false });
    const course = await createTestCourseVersion(db);
    const [{ id }] = await db.query('INSERT INTO enrollment (user_id, course_id, course_version_id) VALUES ($1, $2, $3) RETURNING id', [user.id, course.courseId, course.courseVersionId]);
    expect(await issuing.issueForEnrollment(id)).toEqual({ created: false, finished: 0 });
    expect(await certificatesOf(id)).toEqual([]);
  });

  it('prints the holder, course, hours, date, serial and issuer in exact Vietnamese, and a QR code of the verification page', async () => {
    // The name arrives decomposed (NFD), as some keyboards type it: the certificate holds it composed.
    const { enrollmentId } = await completion('Trần Văn Hưởng'.normalize('NFD'));
    await issuing.issueForEnrollment(enrollmentId);
    const [row] = await certificatesOf(enrollmentId);
    expect(row.holder_name).toBe('Trần Văn Hưởng'.normalize('NFC'));
    const { stream } = await reads.pdf(row.serial.toLowerCase());
    const dir = mkdtempSync(path.join(tmpdir(), 'hocso-pdf-'));
    try {
      const file = path.join(dir, 'certificate.pdf');
      writeFileSync(file, await bytesOf(stream));
      expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
      const text = execFileSync('pdftotext', ['-layout', file, '-']).toString().normalize('NFC');
      for (const expected of ['CHỨNG CHỈ', 'Trần Văn Hưởng', 'Chuyển đổi số trong cơ quan nhà nước', 'Thời lượng: 12,5 giờ học', row.serial, 'Sở Nội vụ tỉnh Bến Tre']) {
        expect(text).toContain(expected.normalize('NFC'));
      }
      expect(text).toMatch(/Hoàn thành ngày \d{1,2} tháng \d{1,2} năm 20\d\d/);
      execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', file, path.join(dir, 'page')]);
      const qr = execFileSync('zbarimg', ['-q', '--raw', path.join(dir, 'page.png')]).toString().trim();
      expect(qr).toBe(`https://hocso.bentre.gov.vn/verify/${row.serial}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('verifies by serial: valid while active, the reason once revoked, unknown serials not valid, bad input refused', async () => {
    const { enrollmentId } = await completion();
    await issuing.issueForEnrollment(enrollmentId);
    const [row] = await certificatesOf(enrollmentId);
    expect(await reads.verify(` ${row.serial.toLowerCase()} `)).toMatchObject({ serial: row.serial, valid: true, status: 'ACTIVE', holderName: 'Nguyễn Thị Ánh Tuyết', hours: 12.5 });
    expect(await reads.verify('BT-1999-000001')).toMatchObject({ serial: 'BT-1999-000001', valid: false, status: null, holderName: null });
    expect(await domainErrorOf(reads.verify('B'.repeat(10_240)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serial' });
    expect(await domainErrorOf(reads.verify("BT'; DROP TABLE certificate; --"))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serial' });

    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }], withPassword: false });
    expect(await ctx.get(StatusListService).isRevoked(row.status_list_id, row.status_list_index)).toBe(false);
    await revocations.revoke(admin.actor, row.id, '  Hồ sơ gian lận  ');
    expect(await ctx.get(StatusListService).isRevoked(row.status_list_id, row.status_list_index)).toBe(true);
    expect(await reads.verify(row.serial)).toMatchObject({ valid: false, status: 'REVOKED', revokedReason: 'Hồ sơ gian lận' });
    expect(await domainErrorOf(revocations.revoke(admin.actor, row.id, 'again'))).toMatchObject({ code: 'CONFLICT' });
  });

  it('lets only administrators revoke, with a reason, writing nothing otherwise', async () => {
    const { user, enrollmentId } = await completion();
    await issuing.issueForEnrollment(enrollmentId);
    const [row] = await certificatesOf(enrollmentId);
    expect(await domainErrorOf(revocations.revoke(user.actor, row.id, 'mine'))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await domainErrorOf(revocations.reissue(user.actor, row.id, 'mine'))).toMatchObject({ code: 'FORBIDDEN' });
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }], withPassword: false });
    expect(await domainErrorOf(revocations.revoke(admin.actor, row.id, '   '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await domainErrorOf(revocations.revoke(admin.actor, row.id, 'x'.repeat(501)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await domainErrorOf(revocations.revoke(admin.actor, 'not-an-id', 'reason'))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await certificatesOf(enrollmentId))[0].status).toBe('ACTIVE');
  });

  it('reissues with the corrected name under a new serial linked to the old one, which reads "reissued"', async () => {
    const { user, enrollmentId } = await completion('Le Van Tam');
    await issuing.issueForEnrollment(enrollmentId);
    const [old] = await certificatesOf(enrollmentId);
    await db.query(`UPDATE app_user SET full_name = 'Lê Văn Tâm' WHERE id = $1`, [user.id]);
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }], withPassword: false });
    const reissued = await revocations.reissue(admin.actor, old.id, 'Sửa họ tên có dấu');
    expect(reissued).toMatchObject({ holderName: 'Lê Văn Tâm', issueNumber: 2, replacesCertificateId: old.id, reissueReason: 'Sửa họ tên có dấu', status: 'ACTIVE' });
    expect(reissued.serial).not.toBe(old.serial);
    expect(await reads.verify(old.serial)).toMatchObject({ valid: false, status: 'REVOKED', revokedReason: 'reissued', replacedBySerial: reissued.serial });
    expect(await reads.verify(reissued.serial)).toMatchObject({ valid: true, replacesSerial: old.serial });
    const [outbox] = await db.query(`SELECT topic, payload FROM outbox WHERE aggregate_id = $1`, [reissued.id]);
    expect(outbox).toEqual({ topic: 'certificate.reissued', payload: { enrollmentId, certificateId: reissued.id } });
    // The job of the reissue makes its PDF; the enrollment then reads its new certificate.
    expect(await issuing.issueForEnrollment(enrollmentId)).toEqual({ created: false, finished: 1 });
    expect((await reads.currentOfEnrollments([enrollmentId])).get(enrollmentId)?.id).toBe(reissued.id);
    expect(await domainErrorOf(revocations.reissue(admin.actor, old.id, 'twice'))).toMatchObject({ code: 'CONFLICT' });
  });
});
