import { randomUUID } from 'node:crypto';
import { AuthModule } from '../auth/auth.module';
import { AuthService } from '../auth/auth.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { findAccountByEmail, findTrainerByEmail } from './find-account-by-email';

describe('finding an account by its email (PostgreSQL)', () => {
  let ctx: TestingContext;

  beforeAll(async () => {
    ctx = await createTestingContext([AuthModule]);
  });
  afterAll(() => ctx.close());

  /** An address with Vietnamese letters, typed with combining accents as some keyboards send them. */
  const accented = () => `Nguyễn.${randomUUID().slice(0, 8)}@Bến-Tre.vn`.normalize('NFD');

  it('finds an account by any spelling of its address: case, spaces, combining or precomposed accents', async () => {
    const raw = accented();
    const registered = await ctx.get(AuthService).register({ fullName: 'Nguyễn Văn Dấu', email: raw, password: 'an-toan-2026' });
    expect(registered.user.email).toBe(raw.normalize('NFC').toLowerCase());
    for (const spelling of [raw, raw.normalize('NFC'), `  ${raw.normalize('NFC').toUpperCase()} `]) {
      await expect(findAccountByEmail(ctx.dataSource, spelling)).resolves.toEqual({ id: registered.user.id, email: registered.user.email });
    }
    // The owner signs in typing the address either way.
    await expect(ctx.get(AuthService).login({ email: raw.normalize('NFC') }, 'an-toan-2026')).resolves.toMatchObject({ user: { id: registered.user.id } });
    await expect(findAccountByEmail(ctx.dataSource, '  ')).resolves.toBeNull();
    await expect(findAccountByEmail(ctx.dataSource, `nobody-${randomUUID()}@test.hocso.vn`)).resolves.toBeNull();
  });

  it('finds a trainer only among trainers and administrators, refusing a learner like an unknown address', async () => {
    const trainer = await createTestUser(ctx.dataSource, { roles: [{ role: 'TRAINER' }] });
    const admin = await createTestUser(ctx.dataSource, { roles: [{ role: 'ADMIN' }] });
    const learner = await createTestUser(ctx.dataSource);
    await expect(findTrainerByEmail(ctx.dataSource, ` ${trainer.email.toUpperCase()}`, 'email')).resolves.toEqual({ id: trainer.id, email: trainer.email });
    await expect(findTrainerByEmail(ctx.dataSource, admin.email, 'email')).resolves.toMatchObject({ id: admin.id });
    const notATrainer = await domainErrorOf(findTrainerByEmail(ctx.dataSource, learner.email, 'userEmail'));
    const unknown = await domainErrorOf(findTrainerByEmail(ctx.dataSource, `nobody-${randomUUID()}@test.hocso.vn`, 'userEmail'));
    expect([notATrainer.code, notATrainer.field, notATrainer.reason]).toEqual(['BAD_USER_INPUT', 'userEmail', 'account.noTrainerWithEmail']);
    expect([unknown.code, unknown.field, unknown.reason]).toEqual([notATrainer.code, notATrainer.field, notATrainer.reason]);
  });
});
