import { createTestOrgUnit, createTestUser } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]), Buffer.alloc(100, 7)]);
const SUBMIT = 'mutation ($input: SubmitExternalCertificateInput!) { submitExternalCertificate(input: $input) { id evidenceFile { id name mimeType url } } }';

describe('external certificate evidence files over HTTP', () => {
  let api: TestApi;
  let tokens: Record<'holder' | 'manager' | 'foreignManager' | 'otherLearner', string>;

  beforeAll(async () => {
    process.env['UPLOAD_MAX_MB'] = '1';
    api = await startTestApi();
    const db = api.app.get<DataSource>(getDataSourceToken());
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const [holder, manager, foreignManager, otherLearner] = await Promise.all([
      createTestUser(db, { orgUnitId: commune.id, audience: 'OFFICIAL' }),
      createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] }),
      createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: elsewhere.id }] }),
      createTestUser(db, { orgUnitId: commune.id }),
    ]);
    tokens = {
      holder: await signIn(api, holder.email),
      manager: await signIn(api, manager.email),
      foreignManager: await signIn(api, foreignManager.email),
      otherLearner: await signIn(api, otherLearner.email),
    };
  });
  afterAll(async () => {
    await api?.close();
    delete process.env['UPLOAD_MAX_MB'];
  });

  const upload = async (name: string, bytes: Buffer, token = tokens.holder, language = 'vi') => {
    const body = new FormData();
    body.append('file', new Blob([bytes], { type: 'image/jpeg' }), name);
    const response = await fetch(`${api.url}/uploads/external-certificate-evidence`, {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${token}`, 'accept-language': language },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> & { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
  };

  it('uploads a photo, submits it as the evidence and shows it to the reviewers of the holder, inline', async () => {
    const uploaded = await upload('Ảnh chứng chỉ.jpg', JPEG);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: 'Ảnh chứng chỉ.jpg', mimeType: 'image/jpeg', size: JPEG.length });
    const submitted = await api.gql<{ submitExternalCertificate: { evidenceFile: { id: string; url: string } } }>(
      SUBMIT,
      { input: { title: 'Tin học văn phòng', issuerName: 'Trung tâm Tin học', hours: 20, issuedOn: '2026-04-01T00:00:00Z', evidenceFileId: uploaded.body['id'] } },
      tokens.holder,
    );
    const url = submitted.data?.submitExternalCertificate.evidenceFile.url as string;
    expect(url).toBe(`/files/external-certificate-evidence/${uploaded.body['id'] as string}`);
    const queue = await api.gql<{ pendingExternalCertificates: Array<{ evidenceFile: { name: string } | null }> }>('{ pendingExternalCertificates { evidenceFile { name } } }', {}, tokens.manager);
    expect(queue.data?.pendingExternalCertificates.map((pending) => pending.evidenceFile?.name)).toContain('Ảnh chứng chỉ.jpg');

    const read = (token?: string) => fetch(`${api.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    for (const token of [tokens.holder, tokens.manager]) {
      const response = await read(token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('content-disposition')).toMatch(/^inline;/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(Buffer.from(await response.arrayBuffer())).toEqual(JPEG);
    }
    expect((await read(tokens.foreignManager)).status).toBe(404);
    expect((await read(tokens.otherLearner)).status).toBe(404);
    expect((await read()).status).toBe(401);
  });

  it('refuses a disguised file and one above UPLOAD_MAX_MB with a clear message in the reader’s language', async () => {
    const disguised = await upload('anh.jpg', Buffer.from('<html><script>alert(1)</script></html>'));
    expect(disguised.status).toBe(400);
    expect(disguised.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason: 'externalCertificates.evidenceKind' });
    expect(disguised.body.errors?.[0]?.message).toBe('Tệp minh chứng phải là PDF, JPEG hoặc PNG thật (đuôi .pdf, .jpg, .jpeg, .png và nội dung đúng loại đó)');
    const english = await upload('bao-cao.exe', Buffer.from('MZ'), tokens.holder, 'en');
    expect(english.body.errors?.[0]?.message).toBe('The evidence file must be a real PDF, JPEG or PNG (a .pdf, .jpg, .jpeg or .png name and content of that kind)');
    const big = await upload('lon.jpg', Buffer.concat([JPEG, Buffer.alloc(1024 * 1024 + 1)]));
    expect(big.status).toBe(413);
    expect(big.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(big.body.errors?.[0]?.message).toBe('Tệp lớn hơn giới hạn 1 MB');
  });
});
