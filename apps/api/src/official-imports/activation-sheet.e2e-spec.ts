import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestOrgUnit, createTestUser, uniqueMobile } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

/** The text of a PDF as pdftotext (poppler-utils) reads it, and the QR codes of its first page as zbarimg does. */
function readPdf(pdf: Buffer): { text: string; qrCodes: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hocso-sheet-'));
  try {
    const file = path.join(dir, 'sheet.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', file, path.join(dir, 'page')]);
    const qrCodes = execFileSync('zbarimg', ['-q', '--raw', path.join(dir, 'page-1.png')], { encoding: 'utf8' }).trim().split('\n');
    return { text, qrCodes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('activation sheets of phone-only officials over HTTP', () => {
  let api: TestApi;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
  });
  afterAll(() => api.close());

  it('prints a card per phone-only official of the subtree with a one-time code that activates the account; printing again voids the old codes', async () => {
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT', name: 'Huyện Ba Tri' });
    const commune = await createTestOrgUnit(db, { parent: district, name: 'Xã An Đức' });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const manager = await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] });
    const phone = uniqueMobile();
    await db.query(`INSERT INTO app_user (full_name, phone, audience, org_unit_id) VALUES ('Nguyễn Thị Ấp', $1, 'VILLAGE_HEAD', $2)`, [phone.e164, commune.id]);
    const managerToken = await signIn(api, manager.email);
    const print = (unitId: string, token: string) =>
      fetch(`${api.url}/org-units/${unitId}/activation-sheet.pdf`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });

    const first = await print(district.id, managerToken);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    const { text, qrCodes } = readPdf(Buffer.from(await first.arrayBuffer()));
    expect(qrCodes).toEqual([expect.stringMatching(new RegExp(`^https?://[^/]+/activate\\?phone=${encodeURIComponent(phone.e164).replace('+', '\\+')}$`))]);
    expect(text).toContain('Mã kích hoạt tài khoản HocSo — Huyện Ba Tri');
    expect(text).toContain('Nguyễn Thị Ấp');
    expect(text).toContain('Xã An Đức');
    expect(text).toContain(`0${phone.e164.slice(3, 6)} ${phone.e164.slice(6, 9)} ${phone.e164.slice(9)}`);
    expect(text).toMatch(/Mở https?:\/\/\S+\/activate \(hoặc quét mã QR\)/);
    const firstCode = (/Mã kích hoạt:\s+(\d{4} \d{4})/.exec(text)?.[1] ?? '').replace(' ', '');
    expect(firstCode).toMatch(/^\d{8}$/);

    const second = readPdf(Buffer.from(await (await print(district.id, managerToken)).arrayBuffer())).text;
    const secondCode = (/Mã kích hoạt:\s+(\d{4} \d{4})/.exec(second)?.[1] ?? '').replace(' ', '');
    const activate = (code: string) =>
      api.gql<{ activateAccount: { user: { fullName: string } } }>(
        'mutation ($input: CodePasswordInput!) { activateAccount(input: $input) { user { fullName } } }',
        { input: { phone: phone.typed, code, password: 'kich-hoat-2026' } },
      );
    if (firstCode !== secondCode) await expect(activate(firstCode)).resolves.toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'code' } }] });
    await expect(activate(`${secondCode.slice(0, 4)} ${secondCode.slice(4)}`)).resolves.toMatchObject({ data: { activateAccount: { user: { fullName: 'Nguyễn Thị Ấp' } } } });
    // Activated: nobody left to print, and the code is used.
    const again = await print(district.id, managerToken);
    expect(again.status).toBe(409);
    await expect(activate(secondCode)).resolves.toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });

    // A unit manager prints only inside their subtree; a learner never.
    expect((await print(elsewhere.id, managerToken)).status).toBe(403);
    const learner = await createTestUser(db, { orgUnitId: commune.id });
    expect((await print(commune.id, await signIn(api, learner.email))).status).toBe(403);
    expect((await fetch(`${api.url}/org-units/${commune.id}/activation-sheet.pdf`, { method: 'POST' })).status).toBe(401);
  });
});
