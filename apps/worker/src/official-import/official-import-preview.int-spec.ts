import { OfficialImportPreviewer, OfficialImportService } from '@hocso/server-core';
import type { DataSource } from 'typeorm';
import { createTestingContext, createTestOrgUnit, createTestUser, type TestingContext, uniqueMobile } from '@hocso/server-core/testing';
import { WorkerModule } from '../worker.module';

const HEADER = 'full_name,email,phone,org_unit_code,audience,position';
/**
 * What onboarding writes about the people of a file (their accounts, grants, links and sessions, and the
 * importer's imports) as one fingerprint: a dry run must leave it as it was. Other suites write meanwhile,
 * so it covers only this test's people.
 */
const FINGERPRINT = `
  WITH people AS (SELECT u.* FROM app_user u WHERE u.email LIKE '%.' || $1 || '@%' OR u.org_unit_id = ANY($2::uuid[]))
  SELECT ${[
    ['people', 'people'],
    ['role_grant', 'role_grant WHERE user_id IN (SELECT id FROM people)'],
    ['password_token', 'password_token WHERE user_id IN (SELECT id FROM people)'],
    ['auth_session', 'auth_session WHERE user_id IN (SELECT id FROM people)'],
    ['email_confirmation', 'email_confirmation WHERE user_id IN (SELECT id FROM people)'],
    ['official_import', 'official_import WHERE created_by_id = $3'],
  ]
    .map(([name, from]) => `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) || count(*) FROM (SELECT * FROM ${from}) t) AS ${name}`)
    .join(', ')}`;

async function waitForStatus(db: DataSource, id: string, timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.query('SELECT * FROM official_import WHERE id = $1', [id]);
    if (row.status === 'COMPLETED' || row.status === 'FAILED') return row;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${row.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('onboarding dry run (PostgreSQL), then the same file imported by the worker', () => {
  let ctx: TestingContext;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestingContext([WorkerModule]);
    db = ctx.dataSource;
  });
  afterAll(() => ctx.close());

  it('shows what would be created, updated and rejected, writes nothing, and the import then does just that', async () => {
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const manager = await createTestUser(db, { orgUnitId: district.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] });
    const tag = Math.random().toString(36).slice(2, 8);
    const existing = await createTestUser(db, { orgUnitId: commune.id, email: `co.${tag}@bentre.gov.vn` });
    const outsider = await createTestUser(db, { orgUnitId: elsewhere.id, email: `ngoai.${tag}@bentre.gov.vn` });
    const [newPhone, phoneOnly, freshPhone, heldPhone] = [uniqueMobile(), uniqueMobile(), uniqueMobile(), uniqueMobile()];
    // An official onboarded earlier with a phone only, and an account that holds a phone another row names.
    await db.query(
      `INSERT INTO app_user (full_name, phone, audience, org_unit_id) VALUES ('Đinh Có Số', $1, 'OFFICIAL', $3), ('Giữ Số', $2, 'OFFICIAL', $3)`,
      [phoneOnly.e164, heldPhone.e164, commune.id],
    );
    const rows = [
      `Nguyễn Văn Mới,moi.${tag}@bentre.gov.vn,${newPhone.e164},${commune.code},OFFICIAL,Chuyên viên`,
      `Trần Thị Có,${existing.email},,${commune.code},LEADER,`,
      `Lê Sai,not-an-email,+84987654321,${commune.code},OFFICIAL,`,
      `Phạm Lạ,la.${tag}@bentre.gov.vn,,NO-SUCH-UNIT,OFFICIAL,`,
      `Mới Lần Hai,MOI.${tag}@bentre.gov.vn,,${commune.code},OFFICIAL,`,
      `Võ Ngoài,${outsider.email},,${commune.code},OFFICIAL,`,
      `"=HYPERLINK(""http://x"")",cong.${tag}@bentre.gov.vn,,${elsewhere.code},OFFICIAL,`,
      `Đinh Có Số,,${phoneOnly.typed},${commune.code},OFFICIAL,Trưởng thôn`,
      `Hồ Số Mới,,${freshPhone.typed},${commune.code},VILLAGE_HEAD,`,
      `Hồ Số Lặp,,${freshPhone.e164},${commune.code},OFFICIAL,`,
      `Lặp Qua Email,lap.${tag}@bentre.gov.vn,${newPhone.typed},${commune.code},OFFICIAL,`,
      `Lấy Số Người Khác,lay.${tag}@bentre.gov.vn,${heldPhone.typed},${commune.code},OFFICIAL,`,
    ];
    const file = Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');

    const fingerprint = () => db.query(FINGERPRINT, [tag, [district.id, commune.id, elsewhere.id], manager.id]);
    const before = await fingerprint();
    expect(before[0].people).toMatch(/5$/);
    const preview = await ctx.get(OfficialImportPreviewer).preview(manager.actor, file, 'vi');
    expect(await fingerprint()).toEqual(before);

    expect(preview).toMatchObject({ totalRows: 12, createCount: 2, updateCount: 2, rejectedCount: 8 });
    expect(preview.changes).toEqual([
      { line: 2, outcome: 'CREATE', fullName: 'Nguyễn Văn Mới', email: `moi.${tag}@bentre.gov.vn`, phone: newPhone.e164, orgUnitCode: commune.code },
      { line: 3, outcome: 'UPDATE', fullName: 'Trần Thị Có', email: existing.email, phone: null, orgUnitCode: commune.code },
      { line: 9, outcome: 'UPDATE', fullName: 'Đinh Có Số', email: null, phone: phoneOnly.e164, orgUnitCode: commune.code },
      { line: 10, outcome: 'CREATE', fullName: 'Hồ Số Mới', email: null, phone: freshPhone.e164, orgUnitCode: commune.code },
    ]);
    expect(preview.rejected.map((row) => [row.row, row.field, row.reason])).toEqual([
      [4, 'email', 'users.emailInvalid'],
      [5, 'org_unit_code', 'officialImports.orgUnitCodeUnknown'],
      [6, 'email', 'officialImports.emailRepeated'],
      [7, 'email', 'officialImports.accountOutsideScope'],
      [8, 'org_unit_code', 'officialImports.orgUnitOutsideScope'],
      [11, 'phone', 'officialImports.phoneRepeated'],
      [12, 'phone', 'officialImports.phoneRepeated'],
      [13, 'phone', 'officialImports.phoneOfAnotherAccount'],
    ]);
    const rejectedLines = (preview.rejectedCsv ?? '').slice(1).trimEnd().split('\r\n');
    expect(rejectedLines[0]).toBe(`${HEADER},rejection_reason`);
    expect(rejectedLines[1]).toBe(`Lê Sai,not-an-email,'+84987654321,${commune.code},OFFICIAL,,"Cột email: ""not-an-email"" không phải là địa chỉ email hợp lệ"`);
    expect(rejectedLines[5]).toMatch(/^"'=HYPERLINK\(""http:\/\/x""\)",/);
    const inEnglish = await ctx.get(OfficialImportPreviewer).preview(manager.actor, file, 'en');
    expect(inEnglish.rejectedCsv).toContain('"Column email: ""not-an-email"" is not a valid email address"');

    const started = await ctx.get(OfficialImportService).start(manager.actor, 'can-bo.csv', file);
    const done = await waitForStatus(db, started.id);
    expect(done).toMatchObject({ status: 'COMPLETED', created_count: preview.createCount, updated_count: preview.updateCount, rejected_count: preview.rejectedCount });
    expect((done['rejected_rows'] as Array<{ row: number }>).map((row) => row.row)).toEqual(preview.rejected.map((row) => row.row));
    expect(await ctx.get(OfficialImportService).rejectedRowsCsv(manager.actor, started.id, 'vi')).toBe(preview.rejectedCsv);
  });

  it('refuses a file that is not CSV whole, and callers who may not onboard', async () => {
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const learner = await createTestUser(db);
    const previewer = ctx.get(OfficialImportPreviewer);
    await expect(previewer.preview(admin.actor, Buffer.from('full_name,email\nx,y\n'), 'vi')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    await expect(previewer.preview(learner.actor, Buffer.from(`${HEADER}\n`), 'vi')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
