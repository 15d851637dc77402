import { getQueueToken } from '@nestjs/bullmq';
import { QUEUES } from '@hocso/contracts';
import { DomainError, OfficialImportRunner, OfficialImportService } from '@hocso/server-core';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { createTestingContext, createTestOrgUnit, createTestUser, type TestingContext, uniqueMobile } from '@hocso/server-core/testing';
import { WorkerModule } from '../worker.module';

const HEADER = 'full_name,email,phone,org_unit_code,audience,position';

async function waitForStatus(db: DataSource, id: string, statuses: string[], timeoutMs = 20_000): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.query('SELECT * FROM official_import WHERE id = $1', [id]);
    if (statuses.includes(row.status)) return row;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${row.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('bulk onboarding of officials (API service → BullMQ → worker, real PostgreSQL and Redis)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let imports: OfficialImportService;
  let district: { id: string; code: string; path: string };
  let commune: { id: string; code: string; path: string };
  let otherDistrict: { id: string; code: string; path: string };

  beforeAll(async () => {
    process.env['IMPORT_BATCH_SIZE'] = '3';
    ctx = await createTestingContext([WorkerModule]);
    db = ctx.dataSource;
    imports = ctx.get(OfficialImportService);
    district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    commune = await createTestOrgUnit(db, { parent: district });
    otherDistrict = await createTestOrgUnit(db, { kind: 'DISTRICT' });
  });
  afterAll(async () => {
    await ctx.close();
    delete process.env['IMPORT_BATCH_SIZE'];
  });

  function csv(rows: string[], bom = true): Buffer {
    return Buffer.from(`${bom ? '\uFEFF' : ''}${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
  }

  it('creates accounts in batches, rejects bad rows with their line and field, and re-running creates no duplicates', async () => {
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const tag = Math.random().toString(36).slice(2, 8);
    const phone = uniqueMobile();
    const file = csv([
      `Nguyễn Văn Một,mot.${tag}@benTre.gov.vn,${phone.typed},${commune.code},OFFICIAL,Chuyên viên`,
      `Trần Thị Hai,hai.${tag}@bentre.gov.vn,,${district.code},leader,Phó Chủ tịch`,
      `Lê Ba,not-an-email,,${commune.code},OFFICIAL,`,
      `Phạm Bốn,bon.${tag}@bentre.gov.vn,,NO-SUCH-UNIT,OFFICIAL,`,
      `"Võ, Năm",nam.${tag}@bentre.gov.vn,,${commune.code},VILLAGE_HEAD,Tổ trưởng ấp`,
      `Mot Lan Nua,MOT.${tag}@bentre.gov.vn,,${commune.code},OFFICIAL,`,
      `Đặng Sáu,sau.${tag}@bentre.gov.vn,,${commune.code},ALIEN,`,
    ]);
    const started = await imports.start(admin.actor, 'can-bo.csv', file);
    expect(started).toMatchObject({ status: 'QUEUED', totalRows: 7 });
    const job = await ctx.get<Queue>(getQueueToken(QUEUES.officialImport)).getJob(`official-import-${started.id}`);
    expect(job?.data).toEqual({ importId: started.id });

    const done = await waitForStatus(db, started.id, ['COMPLETED', 'FAILED']);
    expect(done).toMatchObject({ status: 'COMPLETED', processed_rows: 7, created_count: 3, updated_count: 0, rejected_count: 4 });
    expect(done['rejected_rows']).toEqual([
      { row: 4, field: 'email', reason: 'users.emailInvalid', params: { value: 'not-an-email' } },
      { row: 5, field: 'org_unit_code', reason: 'officialImports.orgUnitCodeUnknown', params: { code: 'NO-SUCH-UNIT' } },
      { row: 7, field: 'email', reason: 'officialImports.emailRepeated', params: { email: `mot.${tag}@bentre.gov.vn`, line: '2' } },
      { row: 8, field: 'audience', reason: 'users.audienceUnknown', params: { value: 'ALIEN', allowed: 'CITIZEN, OFFICIAL, LEADER, SME, VILLAGE_HEAD' } },
    ]);
    const people = await db.query(
      `SELECT u.full_name, u.phone, u.audience, u.position, array_agg(g.role) AS roles,
              (SELECT count(*)::int FROM password_token t WHERE t.user_id = u.id) AS links
         FROM app_user u JOIN role_grant g ON g.user_id = u.id
        WHERE u.email LIKE $1 GROUP BY u.id ORDER BY u.full_name`,
      [`%.${tag}@bentre.gov.vn`],
    );
    expect(people).toEqual([
      { full_name: 'Nguyễn Văn Một', phone: phone.e164, audience: 'OFFICIAL', position: 'Chuyên viên', roles: ['LEARNER'], links: 1 },
      { full_name: 'Trần Thị Hai', phone: null, audience: 'LEADER', position: 'Phó Chủ tịch', roles: ['LEARNER'], links: 1 },
      { full_name: 'Võ, Năm', phone: null, audience: 'VILLAGE_HEAD', position: 'Tổ trưởng ấp', roles: ['LEARNER'], links: 1 },
    ]);

    const mailQueue = ctx.get<Queue>(getQueueToken(QUEUES.mail));
    const mailTo = async () => {
      const jobs = await mailQueue.getJobs(['completed', 'waiting', 'active', 'delayed']);
      return jobs.filter((j) => String(j.data.to).endsWith(`.${tag}@bentre.gov.vn`));
    };
    const links = await mailTo();
    expect(links.map((j) => j.data.to).sort()).toEqual([`hai.${tag}@bentre.gov.vn`, `mot.${tag}@bentre.gov.vn`, `nam.${tag}@bentre.gov.vn`]);
    expect(links[0].data.text).toMatch(/\/set-password\?token=[\w-]{43}/);
    expect(links[0].data.subject).toBe('HocSo: đặt mật khẩu cho tài khoản của bạn / HocSo: set the password of your account');
    const text = String(links[0].data.text);
    expect(text.indexOf('Tài khoản HocSo của bạn đã được tạo')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Tài khoản HocSo của bạn đã được tạo')).toBeLessThan(text.indexOf('Your HocSo account was created'));

    const again = await imports.start(admin.actor, 'can-bo.csv', file);
    const redone = await waitForStatus(db, again.id, ['COMPLETED', 'FAILED']);
    expect(redone).toMatchObject({ status: 'COMPLETED', created_count: 0, updated_count: 3, rejected_count: 4 });
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM app_user WHERE email LIKE $1', [`%.${tag}@bentre.gov.vn`]);
    expect(count).toBe(3);
    expect(await mailTo()).toHaveLength(3);
  });

  it('onboards officials who have only a phone, matched by it on a re-run, mailing nobody, and refuses a phone another account uses', async () => {
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const tag = Math.random().toString(36).slice(2, 8);
    const [hamlet, other, taken] = [uniqueMobile(), uniqueMobile(), uniqueMobile()];
    await db.query(`INSERT INTO app_user (full_name, email, phone, audience) VALUES ('Người Khác', $1, $2, 'CITIZEN')`, [`khac.${tag}@gmail.com`, taken.e164]);
    const file = csv([
      `Lê Văn Tổ,,${hamlet.typed},${commune.code},VILLAGE_HEAD,Tổ trưởng ấp`,
      `Phan Thị Ấp,,+84 ${other.e164.slice(3)},${commune.code},,`,
      `Lê Tổ Lần Hai,,${hamlet.e164.slice(1)},${commune.code},,`,
      `Không Liên Lạc,,,${commune.code},,`,
      `Mượn Số,muon.${tag}@bentre.gov.vn,${taken.typed},${commune.code},,`,
      `Số Bàn,,028 3823 4567,${commune.code},,`,
    ]);
    const done = await waitForStatus(db, (await imports.start(admin.actor, 'ap.csv', file)).id, ['COMPLETED', 'FAILED']);
    expect(done).toMatchObject({ status: 'COMPLETED', created_count: 2, rejected_count: 4 });
    expect((done['rejected_rows'] as Array<{ row: number; field: string; reason: string }>).map((r) => [r.row, r.field, r.reason])).toEqual([
      [4, 'phone', 'officialImports.phoneRepeated'],
      [5, 'email', 'officialImports.emailOrPhoneRequired'],
      [6, 'phone', 'officialImports.phoneOfAnotherAccount'],
      [7, 'phone', 'users.phoneInvalid'],
    ]);
    const people = await db.query('SELECT full_name, email, phone, audience, password_hash FROM app_user WHERE phone = ANY($1) ORDER BY full_name', [[hamlet.e164, other.e164]]);
    expect(people).toEqual([
      { full_name: 'Lê Văn Tổ', email: null, phone: hamlet.e164, audience: 'VILLAGE_HEAD', password_hash: null },
      { full_name: 'Phan Thị Ấp', email: null, phone: other.e164, audience: 'OFFICIAL', password_hash: null },
    ]);
    const again = await waitForStatus(db, (await imports.start(admin.actor, 'ap.csv', file)).id, ['COMPLETED', 'FAILED']);
    expect(again).toMatchObject({ created_count: 0, updated_count: 2, rejected_count: 4 });
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM app_user WHERE phone = ANY($1)', [[hamlet.e164, other.e164]]);
    expect(count).toBe(2);
    const [{ links }] = await db.query('SELECT count(*)::int AS links FROM password_token t JOIN app_user u ON u.id = t.user_id WHERE u.phone = ANY($1)', [[hamlet.e164, other.e164]]);
    expect(links).toBe(0);
  });

  it('keeps a unit manager inside their subtree, for new rows and for existing accounts', async () => {
    const manager = await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] });
    const outsider = await createTestUser(db, { orgUnitId: otherDistrict.id });
    const tag = Math.random().toString(36).slice(2, 8);
    const started = await imports.start(
      manager.actor,
      'xa.csv',
      csv([
        `Ngô Bảy,bay.${tag}@bentre.gov.vn,,${commune.code},OFFICIAL,`,
        `Đỗ Tám,tam.${tag}@bentre.gov.vn,,${otherDistrict.code},OFFICIAL,`,
        `Chiếm Quyền,${outsider.email},,${commune.code},OFFICIAL,`,
      ]),
    );
    const done = await waitForStatus(db, started.id, ['COMPLETED', 'FAILED']);
    expect(done).toMatchObject({ created_count: 1, rejected_count: 2 });
    expect((done['rejected_rows'] as Array<{ row: number; reason: string; params: object }>).map((r) => [r.row, r.reason, r.params])).toEqual([
      [3, 'officialImports.orgUnitOutsideScope', { code: otherDistrict.code }],
      [4, 'officialImports.accountOutsideScope', { email: outsider.email }],
    ]);
    const [untouched] = await db.query('SELECT org_unit_id FROM app_user WHERE id = $1', [outsider.id]);
    expect(untouched.org_unit_id).toBe(otherDistrict.id);
  });

  it('leaves a number an import writes on an existing account awaiting its holder, so no reset code goes there', async () => {
    const manager = await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] });
    const official = await createTestUser(db, { orgUnitId: commune.id, audience: 'OFFICIAL' });
    await db.query('UPDATE app_user SET phone = $2, phone_verified_at = now() WHERE id = $1', [official.id, uniqueMobile().e164]);
    const written = uniqueMobile();
    const started = await imports.start(manager.actor, 'so-dien-thoai.csv', csv([`Người Kiểm Thử,${official.email},${written.typed},${commune.code},OFFICIAL,`]));
    await expect(waitForStatus(db, started.id, ['COMPLETED', 'FAILED'])).resolves.toMatchObject({ status: 'COMPLETED', updated_count: 1 });
    const [state] = await db.query('SELECT phone, phone_verified_at, phone_changed_at FROM app_user WHERE id = $1', [official.id]);
    expect(state).toMatchObject({ phone: written.e164, phone_verified_at: null });
    expect(state.phone_changed_at).not.toBeNull();

    // The same row again changes nothing: the number is the one it has.
    const again = await imports.start(manager.actor, 'so-dien-thoai.csv', csv([`Người Kiểm Thử,${official.email},${written.typed},${commune.code},OFFICIAL,`]));
    await waitForStatus(db, again.id, ['COMPLETED', 'FAILED']);
    const [unchanged] = await db.query('SELECT phone_changed_at FROM app_user WHERE id = $1', [official.id]);
    expect(unchanged.phone_changed_at).toEqual(state.phone_changed_at);
  });

  it('refuses a whole file that is not UTF-8, or whose header is wrong, and writes nothing', async () => {
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const [{ before }] = await db.query('SELECT count(*)::int AS before FROM official_import');
    const latin1 = Buffer.from(`${HEADER}\nNguy\xe9n,a@b.vn,,${commune.code},OFFICIAL,\n`, 'latin1');
    const attempts: Array<[Buffer, string, object]> = [
      [latin1, 'officialImports.notUtf8', {}],
      [Buffer.from(`full_name,email,org_unit_code,grade\nA B,a@b.vn,${commune.code},1\n`), 'officialImports.unknownColumns', { columns: '"grade"' }],
      [Buffer.from(`full_name,phone\nA B,0912345678\n`), 'officialImports.missingColumns', { columns: 'email, org_unit_code' }],
      [Buffer.from(`${HEADER}\n`), 'officialImports.noRows', {}],
      [Buffer.from(`${HEADER}\n"unterminated,a@b.vn,,X,OFFICIAL,\n`), 'officialImports.notCsv', { line: expect.stringMatching(/^\d+$/) }],
    ];
    for (const [file, reason, params] of attempts) {
      const error = await imports.start(admin.actor, 'bad.csv', file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', reason, params });
    }
    const [{ after }] = await db.query('SELECT count(*)::int AS after FROM official_import');
    expect(after).toBe(before);
  });

  it('lets neither a learner nor a trainer import', async () => {
    const trainer = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
    await expect(imports.start(trainer.actor, 'x.csv', csv([`A B,a@b.vn,,${commune.code},,`]))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('resumes after the last committed batch when a worker died mid-file', async () => {
    const admin = await createTestUser(db, { roles: [{ role: 'ADMIN' }] });
    const tag = Math.random().toString(36).slice(2, 8);
    const rows = Array.from({ length: 7 }, (_, i) => `Người ${i},p${i}.${tag}@bentre.gov.vn,,${commune.code},OFFICIAL,`);
    // As if a first worker had committed one batch of 3 and died: the row exists, nothing is queued.
    const [{ id }] = await db.query(
      `INSERT INTO official_import (created_by_id, file_name, content, status, total_rows, processed_rows, created_count)
       VALUES ($1, 'resume.csv', $2, 'RUNNING', 7, 3, 3) RETURNING id`,
      [admin.id, [HEADER, ...rows].join('\n')],
    );
    await ctx.get(OfficialImportRunner).run(id);
    const [done] = await db.query('SELECT * FROM official_import WHERE id = $1', [id]);
    expect(done).toMatchObject({ status: 'COMPLETED', processed_rows: 7, created_count: 7 });
    const [{ count }] = await db.query('SELECT count(*)::int AS count FROM app_user WHERE email LIKE $1', [`%.${tag}@bentre.gov.vn`]);
    expect(count).toBe(4);
  });
});
