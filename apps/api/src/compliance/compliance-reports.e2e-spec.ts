import { createComplianceWorld, createTestUser, type ComplianceWorld } from '@hocso/server-core/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import readXlsxFile from 'read-excel-file/node';
import type { DataSource } from 'typeorm';
import { signIn } from '../test-support/sign-in';
import { startTestApi, type TestApi } from '../test-support/test-api';

const LEVELS = 'query ($unit: ID) { complianceLevelReport(orgUnitId: $unit) { total { required completed rate } rows { levelCode levelName required completed rate } } }';
const REMIND = 'mutation ($unit: ID!, $req: ID!) { sendComplianceReminder(orgUnitId: $unit, requirementId: $req) { remindedCount } }';

describe('compliance reports over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let world: ComplianceWorld;
  let admin: string;
  let expert: string;
  let requirementId: string;

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    world = await createComplianceWorld(db);
    // A unit whose name a spreadsheet would run as a formula.
    await db.query(`UPDATE org_unit SET name = '=HYPERLINK("http://x.invalid","Xã A")' WHERE id = $1`, [world.c1.id]);
    admin = await signIn(api, (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).email);
    const expertUser = await createTestUser(db, { orgUnitId: world.c2.id, audience: 'OFFICIAL' });
    await db.query('INSERT INTO unit_expert (org_unit_id, user_id) VALUES ($1, $2)', [world.c2.id, expertUser.id]);
    expert = await signIn(api, expertUser.email);
    const [row]: Array<{ id: string }> = await db.query(
      `INSERT INTO training_requirement (title, org_unit_id, audiences, hours, due_at) VALUES ('CNTT', $1, '{OFFICIAL}', 4, now() + interval '1 day') RETURNING id`,
      [world.province.id],
    );
    requirementId = row.id;
    await db.query(`INSERT INTO external_certificate (holder_id, title, issuer_name, hours, issued_on, status) VALUES ($1, 'Tin học', 'Trường', 4, now(), 'APPROVED')`, [world.people.d2]);
  });
  afterAll(() => api.close());

  it('answers the report by level in the reader\'s language', async () => {
    const vi = await api.gql<{ complianceLevelReport: { rows: Array<{ levelCode: string; levelName: string; required: number; completed: number }> } }>(LEVELS, { unit: world.province.id }, admin);
    expect(vi.errors).toBeUndefined();
    expect(vi.data?.complianceLevelReport.rows.find((row) => row.levelCode === 'DISTRICT_OFFICIALS')).toMatchObject({ levelName: 'Cán bộ, công chức cấp huyện', required: 1, completed: 1 });
    const en = await api.gql<{ complianceLevelReport: { rows: Array<{ levelName: string }> } }>(LEVELS, { unit: world.province.id }, admin, 'en');
    expect(en.data?.complianceLevelReport.rows.map((row) => row.levelName)).toContain('District-level officials');
    const outside = await api.gql(LEVELS, { unit: world.province.id }, expert);
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'orgUnitId' });
  });

  it('lets an expert remind their unit once a day', async () => {
    const first = await api.gql(REMIND, { unit: world.c2.id, req: requirementId }, expert);
    expect(first.data).toEqual({ sendComplianceReminder: { remindedCount: 2 } });
    const second = await api.gql(REMIND, { unit: world.c2.id, req: requirementId }, expert);
    expect(second.errors?.[0]).toMatchObject({ message: 'Đơn vị này đã được nhắc về yêu cầu này hôm nay; hãy nhắc lại vào ngày mai', extensions: { code: 'TOO_MANY_REQUESTS' } });
  });

  it('exports every report as CSV with a byte order mark and as XLSX, formula cells escaped, behind the report\'s rules', async () => {
    const url = (file: string) => `${api.url}/compliance/reports/${file}?orgUnitId=${world.d1.id}`;
    const csv = await fetch(url('units.csv'), { headers: { authorization: `Bearer ${admin}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Đơn vị,Mã đơn vị,Phải hoàn thành,Đã hoàn thành,Quá hạn,Tỷ lệ (%)');
    expect(text).toContain(`"'=HYPERLINK(""http://x.invalid"",""Xã A"")"`);

    const xlsx = await fetch(url('units.xlsx'), { headers: { authorization: `Bearer ${admin}`, 'accept-language': 'en' } });
    expect(xlsx.status).toBe(200);
    const [sheet] = await readXlsxFile(Buffer.from(await xlsx.arrayBuffer()));
    expect(sheet?.data[0]).toEqual(['Unit', 'Unit code', 'Required', 'Completed', 'Overdue', 'Rate (%)']);
    expect(sheet?.data[1]?.[0]).toBe(`'=HYPERLINK("http://x.invalid","Xã A")`);
    expect(sheet?.data[1]?.slice(2)).toEqual([2, 0, 0, 0]);

    const levels = await fetch(`${api.url}/compliance/reports/levels.xlsx?orgUnitId=${world.province.id}`, { headers: { authorization: `Bearer ${admin}` } });
    const [levelSheet] = await readXlsxFile(Buffer.from(await levels.arrayBuffer()));
    expect(levelSheet?.data).toContainEqual(['Cán bộ, công chức cấp huyện', 1, 1, 100]);
    const experts = await fetch(`${api.url}/compliance/reports/experts.csv?unitKind=COMMUNE`, { headers: { authorization: `Bearer ${admin}` } });
    expect(await experts.text()).toContain('Xã B');

    expect((await fetch(url('units.csv'))).status).toBe(401);
    expect((await fetch(url('units.csv'), { headers: { authorization: `Bearer ${expert}` } })).status).toBe(403);
    expect((await fetch(`${api.url}/compliance/reports/units.csv?orgUnitId=${world.c2.id}`, { headers: { authorization: `Bearer ${expert}` } })).status).toBe(200);
    expect((await fetch(`${api.url}/compliance/reports/people.csv`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(404);
  });
});
