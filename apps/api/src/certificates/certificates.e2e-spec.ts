import { CertificateIssuingService, loadConfig } from '@hocso/server-core';
import { completeTestCourse, createTestCourseVersion, createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const CERTIFICATE_FIELDS = 'id serial holderName hours issuedAt status revokedReason verifyUrl pdfUrl credentialUrl pdfReady course { id title }';

describe('certificates through GraphQL and HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let learnerToken: string;
  let adminToken: string;
  let enrollmentId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    const learner = await createTestUser(db, { fullName: 'Phạm Thị Ngọc Hân' });
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    learnerToken = await signIn(api, learner.email);
    adminToken = await signIn(api, admin.email);
    enrollmentId = await completeTestCourse(db, learner.id, await createTestCourseVersion(db, { title: 'An toàn thông tin cho cán bộ xã', hours: 4 }));
  });
  afterAll(() => api?.close());

  const myEnrollmentCertificate = async () =>
    (await api.gql<{ myEnrollments: Array<{ id: string; certificate: Record<string, unknown> | null }> }>(`{ myEnrollments { id certificate { ${CERTIFICATE_FIELDS} } } }`, {}, learnerToken)).data?.myEnrollments.find(
      (enrollment) => enrollment.id === enrollmentId,
    )?.certificate;

  it('shows the certificate on the enrollment once issued, with absolute URLs, a PDF and the notification', async () => {
    expect(await myEnrollmentCertificate()).toBeNull();
    await api.app.get(CertificateIssuingService).issueForEnrollment(enrollmentId);
    const certificate = (await myEnrollmentCertificate()) as Record<string, string>;
    expect(certificate).toMatchObject({ holderName: 'Phạm Thị Ngọc Hân', hours: 4, status: 'ACTIVE', pdfReady: true, course: { title: 'An toàn thông tin cho cán bộ xã' } });
    expect(certificate['verifyUrl']).toMatch(new RegExp(`^https?://[^/]+/verify/${certificate['serial']}$`));
    expect(certificate['pdfUrl']).toMatch(new RegExp(`^https?://[^/]+/certificates/${certificate['serial']}\\.pdf$`));
    const mine = await api.gql<{ myCertificates: Array<{ serial: string }> }>('{ myCertificates { serial } }', {}, learnerToken);
    expect(mine.data?.myCertificates.map((c) => c.serial)).toEqual([certificate['serial']]);

    const pdf = await fetch(`${api.url}/certificates/${certificate['serial']}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    const bell = await api.gql<{ unreadNotificationCount: number; myNotifications: Array<{ id: string; kind: string; title: string; body: string; read: boolean }> }>(
      '{ unreadNotificationCount myNotifications { id kind title body read } }',
      {},
      learnerToken,
      'en',
    );
    expect(bell.data?.unreadNotificationCount).toBe(1);
    expect(bell.data?.myNotifications[0]).toMatchObject({ kind: 'certificate.issued', title: 'You have been awarded a certificate', read: false });
    expect(bell.data?.myNotifications[0]?.body).toContain(certificate['serial']);
    const marked = await api.gql<{ markNotificationsRead: number }>('mutation { markNotificationsRead }', {}, learnerToken);
    expect(marked.data?.markNotificationsRead).toBe(0);
  });

  it('verifies publicly: valid, then revoked with its reason; an unknown serial is not valid, a huge one is bad input', async () => {
    const { serial, id } = (await myEnrollmentCertificate()) as Record<string, string>;
    const verify = (value: string, lang?: string) =>
      api.gql<{ verifyCertificate: Record<string, unknown> }>(
        'query ($s: String!) { verifyCertificate(serial: $s) { serial valid status holderName courseTitle hours issuedAt issuerName revokedReason } }',
        { s: value },
        undefined,
        lang,
      );
    expect((await verify(serial as string)).data?.verifyCertificate).toMatchObject({ valid: true, status: 'ACTIVE', holderName: 'Phạm Thị Ngọc Hân', issuerName: loadConfig().CERTIFICATE_ISSUER_NAME });
    expect((await verify('BT-2026-999999')).data?.verifyCertificate).toEqual(expect.objectContaining({ serial: 'BT-2026-999999', valid: false, status: null, holderName: null }));
    const huge = await verify('X'.repeat(10_240), 'vi');
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serial' });
    expect(JSON.stringify(huge.errors)).not.toMatch(/stacktrace|at .*\.ts:/);
    const long = await verify('BT-2026-'.padEnd(100, '0'), 'vi');
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serial', reason: 'certificate.serialInvalid' });
    expect(long.errors?.[0]?.message).toMatch(/^Số hiệu chứng chỉ dài tối đa 32 ký tự/);

    const refused = await api.gql('mutation ($id: ID!) { revokeCertificate(id: $id, reason: "tôi muốn") { id } }', { id }, learnerToken);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await api.gql('mutation ($id: ID!) { revokeCertificate(id: $id, reason: " ") { id } }', { id }, adminToken);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await verify(serial as string)).data?.verifyCertificate).toMatchObject({ valid: true });

    const revoked = await api.gql<{ revokeCertificate: { status: string; revokedReason: string } }>(
      'mutation ($id: ID!) { revokeCertificate(id: $id, reason: "Kết quả thi bị hủy") { status revokedReason } }',
      { id },
      adminToken,
    );
    expect(revoked.data?.revokeCertificate).toEqual({ status: 'REVOKED', revokedReason: 'Kết quả thi bị hủy' });
    expect((await verify(serial as string)).data?.verifyCertificate).toMatchObject({ valid: false, status: 'REVOKED', revokedReason: 'Kết quả thi bị hủy' });
  });

  it('serves the signed credential, and a clear 404 for an unknown serial or a malformed file name', async () => {
    const { serial } = (await myEnrollmentCertificate()) as Record<string, string>;
    const credential = await fetch(`${api.url}/certificates/${serial}.json`);
    expect(credential.status).toBe(200);
    expect(((await credential.json()) as { type: string[] }).type).toContain('OpenBadgeCredential');
    for (const path of ['/certificates/BT-2026-999999.pdf', `/certificates/${'A'.repeat(5000)}.pdf`, '/certificates/BT-2026-999999.json', '/certificates/..%2F..%2Fetc%2Fpasswd']) {
      const response = await fetch(`${api.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/ at .*\.(ts|js):\d+/);
    }
  });
});
