import { randomUUID } from 'node:crypto';
import { type MailJob, QUEUES } from '@hocso/contracts';
import { OfficialImportRunner } from '@hocso/server-core';
import { createTestOrgUnit, createTestUser, uniqueMobile } from '@hocso/server-core/testing';
import { getQueueToken } from '@nestjs/bullmq';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { mustSucceed, signIn, type TestSession } from '../test-support/session';
import { startTestApi, type TestApi } from '../test-support/test-api';

const REGISTER = `mutation ($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id email audience emailVerified orgUnit { id } } }
}`;
const ME = '{ me { id fullName phone position audience emailVerified orgUnit { id } } }';
const MEMBERSHIP = `mutation ($userId: ID!, $input: UpdateMembershipInput!) {
  updateUserMembership(userId: $userId, input: $input) { audience orgUnit { id } }
}`;
const PASSWORD = 'hoc-so-2026';

interface Registered {
  id: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

describe('accounts that cannot be taken over, over HTTP', () => {
  let api: TestApi;
  let db: DataSource;
  let mailQueue: Queue<MailJob>;
  let admin: TestSession;

  async function register(input: Record<string, unknown>): Promise<Registered> {
    const email = (input['email'] as string | undefined) ?? `nguoi.dan.${randomUUID()}@gmail.com`;
    const { register: payload } = await mustSucceed<{ register: { accessToken: string; refreshToken: string; user: { id: string } } }>(api, REGISTER, {
      input: { fullName: 'Người Đăng Ký', password: PASSWORD, ...input, email },
    });
    return { id: payload.user.id, email, accessToken: payload.accessToken, refreshToken: payload.refreshToken };
  }

  /** The token of the newest link of this kind mailed to the address (the mail waits in the queue for the worker). */
  async function linkMailedTo(email: string, kind: 'confirm-email' | 'set-password'): Promise<string> {
    const jobs = await mailQueue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed']);
    const tokens = jobs
      .filter((job) => job.data.to === email)
      .sort((a, b) => a.timestamp - b.timestamp)
      .map((job) => new RegExp(`/${kind}\\?token=([\\w-]{43})`).exec(job.data.text)?.[1])
      .filter((token): token is string => token !== undefined);
    if (tokens.length === 0) throw new Error(`no ${kind} link mailed to ${email}`);
    return tokens[tokens.length - 1];
  }

  async function onboard(rows: string[], by: TestSession = admin): Promise<Record<string, unknown>> {
    const csv = `full_name,email,phone,org_unit_code,audience,position\n${rows.join('\n')}\n`;
    const { startOfficialImport } = await mustSucceed<{ startOfficialImport: { id: string } }>(
      api,
      'mutation ($i: StartOfficialImportInput!) { startOfficialImport(input: $i) { id } }',
      { i: { fileName: 'can-bo.csv', contentBase64: Buffer.from(csv).toString('base64') } },
      by.accessToken,
    );
    // The worker's job, run here in the API's process.
    await api.app.get(OfficialImportRunner).run(startOfficialImport.id);
    const [done] = await db.query('SELECT status, created_count, updated_count, rejected_count, rejected_rows FROM official_import WHERE id = $1', [
      startOfficialImport.id,
    ]);
    return done;
  }

  const login = (email: string, password = PASSWORD) =>
    api.gql('mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email, password } });

  beforeAll(async () => {
    api = await startTestApi();
    db = api.app.get<DataSource>(getDataSourceToken());
    mailQueue = api.app.get<Queue<MailJob>>(getQueueToken(QUEUES.mail));
    admin = await signIn(api, (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).email);
  });
  afterAll(() => api.close());

  it('keeps a self-registered email unconfirmed until its owner, signed in, opens the mailed link', async () => {
    const owner = await register({});
    await expect(mustSucceed<{ me: { emailVerified: boolean } }>(api, ME, {}, owner.accessToken)).resolves.toMatchObject({ me: { emailVerified: false } });
    const token = await linkMailedTo(owner.email, 'confirm-email');

    const confirm = (t: string, session?: string) => api.gql('mutation ($t: String!) { confirmEmail(token: $t) }', { t }, session);
    expect((await confirm(token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Whoever receives the mail of an account someone else registered cannot confirm it for them.
    const someoneElse = await register({});
    expect((await confirm(token, someoneElse.accessToken)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'account.confirmationLinkOfAnotherAccount',
    });
    expect((await confirm('not-a-link', owner.accessToken)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    const resend = () => api.gql('mutation { resendEmailConfirmation }', {}, owner.accessToken);
    expect((await resend()).errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'account.confirmationResendTooSoon' });

    expect((await confirm(token, owner.accessToken)).data).toEqual({ confirmEmail: true });
    expect((await confirm(token, owner.accessToken)).data).toEqual({ confirmEmail: true });
    await expect(mustSucceed<{ me: { emailVerified: boolean } }>(api, ME, {}, owner.accessToken)).resolves.toMatchObject({ me: { emailVerified: true } });
    expect((await resend()).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'account.emailAlreadyConfirmed' });
  });

  it("gives a pre-registered official's account back to the mailbox owner when onboarding it", async () => {
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const commune = await createTestOrgUnit(db, { parent: district });
    const officialEmail = `pho.chu.tich.${randomUUID().slice(0, 8)}@bentre.gov.vn`;
    const attacker = await register({ email: officialEmail, fullName: 'Kẻ Giả Mạo' });

    const done = await onboard([`Trần Thị Hai,${officialEmail},,${commune.code},LEADER,Phó Chủ tịch`]);
    expect(done).toMatchObject({ status: 'COMPLETED', created_count: 0, updated_count: 1, rejected_count: 0 });

    // The attacker's password and sessions are gone; the confirmation link they could not open is dead too.
    expect((await login(officialEmail)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const refreshed = await api.gql('mutation ($t: String!) { refreshToken(refreshToken: $t) { accessToken } }', { t: attacker.refreshToken });
    expect(refreshed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.gql(ME, {}, attacker.accessToken)).data).toEqual({ me: null });
    const [{ live_links }] = await db.query('SELECT count(*)::int AS live_links FROM email_confirmation WHERE user_id = $1 AND expires_at > now()', [attacker.id]);
    expect(live_links).toBe(0);

    // Only the mailbox owner gets in, through the set-password link, as the official the unit onboarded.
    const link = await linkMailedTo(officialEmail, 'set-password');
    const set = await mustSucceed<{ setPasswordWithToken: { accessToken: string } }>(
      api,
      'mutation ($t: String!, $p: String!) { setPasswordWithToken(token: $t, password: $p) { accessToken } }',
      { t: link, p: 'mat-khau-that-2026' },
    );
    const { me } = await mustSucceed<{ me: { id: string; fullName: string; audience: string; emailVerified: boolean; orgUnit: { id: string } } }>(
      api,
      ME,
      {},
      set.setPasswordWithToken.accessToken,
    );
    expect(me).toMatchObject({ id: attacker.id, fullName: 'Trần Thị Hai', audience: 'LEADER', emailVerified: true, orgUnit: { id: commune.id } });

    // A district manager may onboard such a registration too: in no unit, it is not "outside" their units.
    const manager = await signIn(api, (await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).email);
    const squatted = await register({ email: `chuyen.vien.${randomUUID().slice(0, 8)}@bentre.gov.vn` });
    expect(await onboard([`Ngô Bảy,${squatted.email},,${commune.code},OFFICIAL,`], manager)).toMatchObject({ updated_count: 1, rejected_count: 0 });
    expect((await login(squatted.email)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // A confirmed account is the owner's own: onboarding updates it and leaves the password alone.
    const citizen = await register({});
    await mustSucceed(api, 'mutation ($t: String!) { confirmEmail(token: $t) }', { t: await linkMailedTo(citizen.email, 'confirm-email') }, citizen.accessToken);
    expect(await onboard([`Lê Văn Ba,${citizen.email},,${commune.code},OFFICIAL,`])).toMatchObject({ updated_count: 1 });
    expect((await login(citizen.email)).errors).toBeUndefined();
  });

  it('lets an unconfirmed account learn as a citizen but gives it no role, unit or official audience', async () => {
    const unit = await createTestOrgUnit(db);
    const person = await register({});
    const learning = await api.gql<{ myEnrollments: unknown[] }>('{ myEnrollments { id } }', {}, person.accessToken);
    expect(learning.data).toEqual({ myEnrollments: [] });
    const grant = await api.gql('mutation ($id: ID!) { grantRole(userId: $id, role: TRAINER) { id } }', { id: person.id }, admin.accessToken);
    expect(grant.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'account.emailNotConfirmed' });
    const placed = await api.gql(MEMBERSHIP, { userId: person.id, input: { orgUnitId: unit.id, audience: 'OFFICIAL' } }, admin.accessToken);
    expect(placed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'account.emailNotConfirmed' });
    const [row] = await db.query('SELECT audience, org_unit_id FROM app_user WHERE id = $1', [person.id]);
    expect(row).toEqual({ audience: 'CITIZEN', org_unit_id: null });
  });

  it('lets people sign up as citizens or SMEs only, and edit only their own name, phone and position', async () => {
    const leaderUnit = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const refusals = await Promise.all([
      api.gql(REGISTER, { input: { fullName: 'Giả Lãnh Đạo', email: `a.${randomUUID()}@gmail.com`, password: PASSWORD, audience: 'LEADER' } }),
      api.gql(REGISTER, { input: { fullName: 'Giả Cán Bộ', email: `b.${randomUUID()}@gmail.com`, password: PASSWORD, orgUnitId: leaderUnit.id } }),
    ]);
    expect(refusals.map((r) => r.errors?.[0].extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'audience', reason: 'account.audienceSetByManager' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'orgUnitId', reason: 'account.orgUnitSetByManager' }),
    ]);
    const sme = await register({ audience: 'SME' });
    await expect(mustSucceed<{ me: { audience: string } }>(api, ME, {}, sme.accessToken)).resolves.toMatchObject({ me: { audience: 'SME' } });

    const citizen = await register({});
    const takeover = await api.gql(
      `mutation { updateProfile(input: { fullName: "Công Dân", orgUnitId: "${leaderUnit.id}", audience: LEADER }) { id } }`,
      {},
      citizen.accessToken,
    );
    expect(takeover.status).toBe(400);
    expect(takeover.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
    const [untouched] = await db.query('SELECT full_name, audience, org_unit_id FROM app_user WHERE id = $1', [citizen.id]);
    expect(untouched).toEqual({ full_name: 'Người Đăng Ký', audience: 'CITIZEN', org_unit_id: null });
    const phone = uniqueMobile();
    const edited = await mustSucceed<{ updateProfile: { fullName: string; phone: string; position: string; audience: string; orgUnit: null } }>(
      api,
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { fullName phone position audience orgUnit { id } } }',
      { input: { fullName: 'Công Dân Mới', phone: phone.typed, position: 'Kế toán' } },
      citizen.accessToken,
    );
    expect(edited.updateProfile).toEqual({ fullName: 'Công Dân Mới', phone: phone.e164, position: 'Kế toán', audience: 'CITIZEN', orgUnit: null });
  });

  it("sets a person's unit and audience by an administrator anywhere, and by a unit manager only inside their subtree", async () => {
    const district = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const communeA = await createTestOrgUnit(db, { parent: district });
    const communeB = await createTestOrgUnit(db, { parent: district });
    const elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT' });
    const manager = await signIn(api, (await createTestUser(db, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).email);
    const official = await createTestUser(db, { orgUnitId: communeA.id, audience: 'OFFICIAL' });
    const outsider = await createTestUser(db, { orgUnitId: elsewhere.id });
    const citizen = await createTestUser(db);
    const learner = await signIn(api, (await createTestUser(db)).email);

    const moved = await mustSucceed<{ updateUserMembership: unknown }>(
      api,
      MEMBERSHIP,
      { userId: official.id, input: { orgUnitId: communeB.id, audience: 'VILLAGE_HEAD' } },
      manager.accessToken,
    );
    expect(moved.updateUserMembership).toEqual({ audience: 'VILLAGE_HEAD', orgUnit: { id: communeB.id } });
    const refused = await Promise.all([
      api.gql(MEMBERSHIP, { userId: official.id, input: { orgUnitId: elsewhere.id } }, manager.accessToken),
      api.gql(MEMBERSHIP, { userId: official.id, input: { orgUnitId: null } }, manager.accessToken),
      api.gql(MEMBERSHIP, { userId: outsider.id, input: { orgUnitId: communeA.id } }, manager.accessToken),
      api.gql(MEMBERSHIP, { userId: citizen.id, input: { orgUnitId: communeA.id } }, manager.accessToken),
      api.gql(MEMBERSHIP, { userId: citizen.id, input: { orgUnitId: communeA.id } }, learner.accessToken),
    ]);
    expect(refused.map((r) => r.errors?.[0].extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const [unchanged] = await db.query('SELECT org_unit_id FROM app_user WHERE id = $1', [outsider.id]);
    expect(unchanged.org_unit_id).toBe(elsewhere.id);

    const placed = await mustSucceed<{ updateUserMembership: unknown }>(
      api,
      MEMBERSHIP,
      { userId: citizen.id, input: { orgUnitId: elsewhere.id, audience: 'OFFICIAL' } },
      admin.accessToken,
    );
    expect(placed.updateUserMembership).toEqual({ audience: 'OFFICIAL', orgUnit: { id: elsewhere.id } });
  });

  it('answers sharing with an unknown address exactly as with an address that is not a co-author or not a trainer', async () => {
    const owner = await signIn(api, (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).email);
    const learnerEmail = (await createTestUser(db)).email;
    const unknownEmail = `khong.ai.${randomUUID()}@gmail.com`;
    const { createQuestionBank } = await mustSucceed<{ createQuestionBank: { id: string } }>(
      api,
      'mutation { createQuestionBank(input: { title: "Riêng" }) { id } }',
      {},
      owner.accessToken,
    );
    // The answer with the address itself taken out of the message (its params carry it too).
    const answerOf = async (operation: string, email: string) => {
      const response = await api.gql(operation, { id: createQuestionBank.id, email }, owner.accessToken);
      return {
        status: response.status,
        data: response.data,
        errors: response.errors?.map((e) => ({ message: e.message.replaceAll(email, 'EMAIL'), code: e.extensions?.code, field: e.extensions?.field, reason: e.extensions?.['reason'] })),
      };
    };
    const unshare = 'mutation ($id: ID!, $email: String!) { unshareQuestionBank(bankId: $id, userEmail: $email) { id } }';
    const share = 'mutation ($id: ID!, $email: String!) { shareQuestionBank(bankId: $id, userEmail: $email) { id } }';
    const unknownUnshare = await answerOf(unshare, unknownEmail);
    expect(unknownUnshare).toEqual({ status: 200, data: { unshareQuestionBank: { id: createQuestionBank.id } }, errors: undefined });
    expect(await answerOf(unshare, learnerEmail)).toEqual(unknownUnshare);
    const unknownShare = await answerOf(share, unknownEmail);
    expect(unknownShare.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'userEmail', reason: 'account.noTrainerWithEmail' })]);
    expect(await answerOf(share, learnerEmail)).toEqual(unknownShare);

    const { createCourse } = await mustSucceed<{ createCourse: { id: string } }>(
      api,
      'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
      { input: { code: `CHIA-${randomUUID().slice(0, 8)}`, title: 'Chia sẻ', summary: 'Khóa học', hours: 1, trackCodes: [] } },
      owner.accessToken,
    );
    const addAuthor = (email: string) =>
      api.gql('mutation ($id: ID!, $email: String!) { addCourseAuthor(courseId: $id, email: $email) { id } }', { id: createCourse.id, email }, owner.accessToken);
    const [unknownAuthor, learnerAuthor] = await Promise.all([addAuthor(unknownEmail), addAuthor(learnerEmail)]);
    expect(unknownAuthor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'account.noTrainerWithEmail' });
    expect(learnerAuthor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email', reason: 'account.noTrainerWithEmail' });

    // Signing up still says the address is taken: the person needs it to sign in instead.
    const taken = await api.gql(REGISTER, { input: { fullName: 'Lại Đăng Ký', email: learnerEmail, password: PASSWORD } });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });
});
