import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CertificateBatchRunner, CertificateIssuingService } from '@hocso/server-core';
import { completeTestCourse, createTestCourseVersion, createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import yauzl from 'yauzl';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

interface ZipEntry {
  name: string;
  bytes: Buffer;
}

/** Every entry of a ZIP with its bytes, read by yauzl (an independent reader). */
function readZip(zip: Buffer): Promise<ZipEntry[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
      if (error || !file) return reject(error);
      const entries: ZipEntry[] = [];
      file.on('entry', (entry: yauzl.Entry) => {
        file.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.push({ name: entry.fileName, bytes: Buffer.concat(chunks) });
            file.readEntry();
          });
        });
      });
      file.on('end', () => resolve(entries));
      file.on('error', reject);
      file.readEntry();
    });
  });
}

describe("a course's certificates: the bulk jobs over GraphQL and the ZIP of PDFs over HTTP", () => {
  let api: TestApi;
  let db: DataSource;
  let courseId: string;
  let tokens: Record<'admin' | 'author' | 'otherTrainer' | 'learner', string>;
  let tmp: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    tmp = mkdtempSync(path.join(tmpdir(), 'hocso-course-zip-'));
    const course = await createTestCourseVersion(db, { title: 'Chuyển đổi số cấp xã', hours: 6 });
    courseId = course.courseId;
    const author = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    await db.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2)', [courseId, author.id]);
    const [admin, otherTrainer, learner] = await Promise.all([
      createTestUser(db, { roles: [{ role: 'ADMIN' }] }),
      createTestUser(db, { roles: [{ role: 'TRAINER' }] }),
      createTestUser(db),
    ]);
    tokens = {
      admin: await signIn(api, admin.email),
      author: await signIn(api, author.email),
      otherTrainer: await signIn(api, otherTrainer.email),
      learner: await signIn(api, learner.email),
    };
    for (const fullName of ['Nguyễn Thị Ánh Tuyết', 'Lê/Văn: Tám?', 'Trần Bình']) {
      await completeTestCourse(db, (await createTestUser(db, { fullName, withPassword: false })).id, course);
    }
  });
  afterAll(async () => {
    await api?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const batchFields = 'id kind state total done failed startedByName';

  it("lets the course's trainer issue for its completions as a job whose progress is read back, one job at a time", async () => {
    const started = await api.gql<{ issueCourseCertificates: Record<string, unknown> }>(
      `mutation ($id: ID!) { issueCourseCertificates(courseId: $id) { ${batchFields} } }`,
      { id: courseId },
      tokens.author,
    );
    expect(started.data?.issueCourseCertificates).toMatchObject({ kind: 'ISSUE', state: 'QUEUED', total: 3, done: 0, failed: 0 });
    const id = started.data?.issueCourseCertificates['id'] as string;
    const second = await api.gql('mutation ($id: ID!) { reissueCourseCertificates(courseId: $id, reason: "Sửa") { id } }', { id: courseId }, tokens.admin, 'vi');
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'courseId' });
    expect(second.errors?.[0]?.message).toContain(`mã ${id}`);
    // The worker's part, run here: the API test has no worker.
    await api.app.get(CertificateBatchRunner).run(id);
    const read = await api.gql<{ certificateBatch: Record<string, unknown> }>(`query ($id: ID!) { certificateBatch(id: $id) { ${batchFields} } }`, { id }, tokens.author);
    expect(read.data?.certificateBatch).toMatchObject({ state: 'COMPLETED', total: 3, done: 3, failed: 0 });
    const list = await api.gql<{ courseCertificates: { totalCount: number; edges: Array<{ node: { serial: string; holderName: string } }> } }>(
      'query ($id: ID!) { courseCertificates(courseId: $id, first: 2) { totalCount edges { node { serial holderName } } } }',
      { id: courseId },
      tokens.author,
    );
    expect(list.data?.courseCertificates.totalCount).toBe(3);
    expect(list.data?.courseCertificates.edges).toHaveLength(2);
    const refused = await api.gql('query ($id: ID!) { certificateBatch(id: $id) { id } }', { id }, tokens.otherTrainer, 'en');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toBe("Only administrators and the course's trainers can manage the course's certificates");
  });

  it('streams the ZIP of the PDFs, named "<serial> - <holder>.pdf", each PDF carrying its serial', async () => {
    const response = await fetch(`${api.url}/files/courses/${courseId}/certificates.zip`, { headers: { authorization: `Bearer ${tokens.author}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await response.arrayBuffer());
    const serials = (await db.query('SELECT serial, holder_name FROM certificate WHERE course_id = $1 ORDER BY serial', [courseId])) as Array<{ serial: string; holder_name: string }>;
    const entries = await readZip(zip);
    expect(entries.map((entry) => entry.name).sort()).toEqual(
      serials.map(({ serial, holder_name }) => `${serial} - ${holder_name === 'Lê/Văn: Tám?' ? 'Lê_Văn_ Tám_' : holder_name}.pdf`).sort(),
    );
    // Debian's unzip agrees with yauzl.
    const zipPath = path.join(tmp, 'certificates.zip');
    writeFileSync(zipPath, zip);
    expect(execFileSync('unzip', ['-l', zipPath]).toString()).toContain(`${serials[0]?.serial} - `);
    const first = entries.find((entry) => entry.name.startsWith(serials[0]?.serial as string)) as ZipEntry;
    const pdfPath = path.join(tmp, 'first.pdf');
    writeFileSync(pdfPath, first.bytes);
    expect(execFileSync('pdftotext', [pdfPath, '-']).toString()).toContain(serials[0]?.serial);
  });

  it("refuses the ZIP to anyone but administrators and the course's trainers, before any byte of it", async () => {
    const zipOf = (token?: string) => fetch(`${api.url}/files/courses/${courseId}/certificates.zip`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await zipOf(tokens.admin)).status).toBe(200);
    for (const token of [tokens.otherTrainer, tokens.learner]) {
      const refused = await zipOf(token);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).not.toBe('application/zip');
    }
    expect((await zipOf()).status).toBe(401);
    expect((await fetch(`${api.url}/files/courses/not-a-course/certificates.zip`, { headers: { authorization: `Bearer ${tokens.admin}` } })).status).toBe(404);
  });

  it('gives the course certificates issued by the ordinary job too', async () => {
    const course = await createTestCourseVersion(db);
    const enrollmentId = await completeTestCourse(db, (await createTestUser(db, { withPassword: false })).id, course);
    await api.app.get(CertificateIssuingService).issueForEnrollment(enrollmentId);
    const response = await fetch(`${api.url}/files/courses/${course.courseId}/certificates.zip`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect((await readZip(Buffer.from(await response.arrayBuffer()))).map((entry) => entry.name)).toHaveLength(1);
  });
});
