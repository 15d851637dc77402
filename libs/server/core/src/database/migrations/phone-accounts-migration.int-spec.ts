import type { DataSource, QueryRunner } from 'typeorm';
import { createDataSource } from '../data-source';
import { uniqueMobile } from '../../test-support/fixtures';
import { PhoneAccounts1765400000852 } from './1765400000852-phone-accounts';

/**
 * The phone migration runs after every earlier one, on accounts whose phones were free text; app_user has by
 * then a generated search_text that reads the phone. Run again inside a transaction that is rolled back.
 */
describe('the phone accounts migration (PostgreSQL)', () => {
  let dataSource: DataSource;
  let runner: QueryRunner;

  beforeAll(async () => {
    dataSource = createDataSource({ DATABASE_URL: process.env['DATABASE_URL'] as string, DATABASE_POOL_SIZE: 1 });
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  beforeEach(async () => {
    runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
  });
  afterEach(async () => {
    await runner.rollbackTransaction();
    await runner.release();
  });

  it('rewrites the stored phones as E.164, keeps a repeated number on the oldest account and searches by the new spelling', async () => {
    const migration = new PhoneAccounts1765400000852();
    await migration.down(runner);
    const insert = (name: string, phone: string, createdAt: string) =>
      runner.query(`INSERT INTO app_user (full_name, email, phone, created_at) VALUES ($1, $2, $3, $4) RETURNING id`, [
        name,
        `${name.toLowerCase().replace(/\s/g, '.')}.${Date.now()}@migration.test`,
        phone,
        createdAt,
      ]);
    // Numbers no other suite uses, each written as people type them.
    const [shared, other] = [uniqueMobile().e164.slice(3), uniqueMobile().e164.slice(3)];
    const [[older], [newer], [foreign], [spelledOut]] = [
      await insert('Older Holder', `0${shared.slice(0, 3)} ${shared.slice(3, 6)} ${shared.slice(6)}`, '2000-01-01'),
      await insert('Newer Holder', `+84 ${shared.slice(0, 3)}.${shared.slice(3, 6)}.${shared.slice(6)}`, '2000-02-01'),
      await insert('Foreign Number', '+1 202 555 0100', '2000-01-01'),
      await insert('Spelled Out', `84-${other.slice(0, 3)}-${other.slice(3, 6)}-${other.slice(6)}`, '2000-01-01'),
    ];
    await migration.up(runner);

    const phones: Array<{ id: string; phone: string | null; search_text: string }> = await runner.query(
      'SELECT id, phone, search_text FROM app_user WHERE id = ANY($1::uuid[])',
      [[older.id, newer.id, foreign.id, spelledOut.id]],
    );
    const byId = new Map(phones.map((row) => [row.id, row]));
    expect(byId.get(older.id)?.phone).toBe(`+84${shared}`);
    expect(byId.get(older.id)?.search_text).toContain(`+84${shared}`);
    expect(byId.get(newer.id)?.phone).toBeNull();
    expect(byId.get(foreign.id)?.phone).toBeNull();
    expect(byId.get(spelledOut.id)?.phone).toBe(`+84${other}`);
    await expect(runner.query('UPDATE app_user SET phone = $2 WHERE id = $1', [newer.id, `+84${shared}`])).rejects.toMatchObject({
      driverError: { constraint: 'app_user_phone_key' },
    });
  });
});
