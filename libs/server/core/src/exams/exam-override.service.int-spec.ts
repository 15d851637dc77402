import { examDeadlineJobId, QUEUES } from '@hocso/contracts';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { Actor } from '../access/actor';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { QuestionImportService } from '../question-bank/question-import.service';
import { domainErrorOf } from '../test-support/domain-error-of';
import { EXAM_TEST_BANK_GIFT, insertTestAttempt } from '../test-support/exam-fixtures';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { computeAttemptDeadline } from './attempt-deadline';
import { loadEffectiveSettings } from './exam-effective-settings';
import type { ExamOverrideCommand } from './exam-override.service';
import { ExamOverrideService } from './exam-override.service';
import { ExamService } from './exam.service';
import type { ExamEntity } from './exam.entity';
import { ExamsModule } from './exams.module';

const MINUTE = 60_000;

describe('exam overrides and accommodations', () => {
  let context: TestingContext;
  let exams: ExamService;
  let overrides: ExamOverrideService;
  let queue: Queue;
  let trainer: Actor;
  let admin: Actor;
  let bankId: string;
  let province: { id: string; path: string };
  let district: { id: string; path: string };
  let commune: { id: string; path: string };
  let otherCommune: { id: string; path: string };
  let elsewhere: { id: string; path: string };
  let learner: { id: string; actor: Actor };
  let neighbour: { id: string; actor: Actor };
  let outsider: { id: string; actor: Actor };

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule]);
    exams = context.get(ExamService);
    overrides = context.get(ExamOverrideService);
    queue = context.get<Queue>(getQueueToken(QUEUES.examDeadline));
    const db = context.dataSource;
    trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).actor;
    admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
    bankId = (await context.get(QuestionBankService).create(trainer, { title: 'Ngân hàng' })).bank.id;
    await context.get(QuestionImportService).import(trainer, { bankId, format: 'GIFT', content: EXAM_TEST_BANK_GIFT });
    province = await createTestOrgUnit(db, { kind: 'PROVINCE' });
    district = await createTestOrgUnit(db, { kind: 'DISTRICT', parent: province });
    commune = await createTestOrgUnit(db, { parent: district });
    otherCommune = await createTestOrgUnit(db, { parent: district });
    elsewhere = await createTestOrgUnit(db, { kind: 'DISTRICT', parent: province });
    learner = await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: commune.id });
    neighbour = await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: otherCommune.id });
    outsider = await createTestUser(db, { audience: 'OFFICIAL', orgUnitId: elsewhere.id });
  });
  afterAll(() => context.close());

  const newExam = async (settings: { timeLimitSeconds?: number; closesAt?: Date; maxAttempts?: number } = {}): Promise<ExamEntity> =>
    (await exams.create(trainer, { title: 'Bài thi', bankId, rules: [{ count: 3 }], graceSeconds: 30, ...settings })).exam;
  const attemptRow = async (id: string) =>
    (await context.dataSource.query('SELECT time_multiplier, deadline, accepts_until FROM exam_attempt WHERE id = $1', [id]))[0] as {
      time_multiplier: number;
      deadline: Date | null;
      accepts_until: Date | null;
    };

  it('takes each setting from the learner override, then the deepest unit override, then the exam; the larger multiplier wins', async () => {
    const exam = await newExam({ maxAttempts: 2, closesAt: new Date('2027-06-30T00:00:00Z') });
    const provinceClose = new Date('2027-07-10T00:00:00Z');
    const personalClose = new Date('2027-07-20T00:00:00Z');
    await overrides.setOverride(trainer, { examId: exam.id, orgUnitId: province.id, extraAttempts: 1, closesAt: provinceClose, timeMultiplier: 1.2 });
    await overrides.setOverride(trainer, { examId: exam.id, orgUnitId: district.id, extraAttempts: 3, timeMultiplier: 1.5 });
    await overrides.setOverride(trainer, { examId: exam.id, userId: learner.id, closesAt: personalClose });

    expect(await loadEffectiveSettings(context.dataSource.manager, exam, learner.id)).toEqual({
      timeMultiplier: 1.5,
      maxAttempts: 5,
      opensAt: null,
      closesAt: personalClose,
    });
    expect(await loadEffectiveSettings(context.dataSource.manager, exam, neighbour.id)).toMatchObject({ maxAttempts: 5, closesAt: provinceClose, timeMultiplier: 1.5 });
    expect(await loadEffectiveSettings(context.dataSource.manager, exam, outsider.id)).toMatchObject({ maxAttempts: 3, closesAt: provinceClose, timeMultiplier: 1.2 });

    await overrides.setAccommodation(admin, outsider.id, 1.25, 'Khiếm thị');
    expect((await loadEffectiveSettings(context.dataSource.manager, exam, outsider.id)).timeMultiplier).toBe(1.25);
    await overrides.setAccommodation(admin, neighbour.id, 2);
    expect((await loadEffectiveSettings(context.dataSource.manager, exam, neighbour.id)).timeMultiplier).toBe(2);
    await overrides.setAccommodation(admin, neighbour.id, 1);
  });

  it("moves a learner's attempt in progress at once when their override changes, and schedules the new deadline", async () => {
    const exam = await newExam({ timeLimitSeconds: 1800 });
    const startedAt = new Date(Date.now() - 5 * MINUTE);
    const attempt = await insertTestAttempt(context.dataSource, { examId: exam.id, userId: learner.id, startedAt });
    expect(attempt.deadline).toEqual(new Date(startedAt.getTime() + 30 * MINUTE));

    await overrides.setOverride(trainer, { examId: exam.id, userId: learner.id, timeMultiplier: 1.1 });
    const expected = computeAttemptDeadline({ startedAt, timeLimitSeconds: 1800, timeMultiplier: 1.1, closesAt: null, extensionSeconds: 0, graceSeconds: 30 });
    const row = await attemptRow(attempt.id);
    expect(row).toEqual({ time_multiplier: 1.1, deadline: expected.deadline, accepts_until: expected.acceptsUntil });
    const job = await queue.getJob(examDeadlineJobId(attempt.id, expected.acceptsUntil as Date));
    expect(job?.data).toEqual({ attemptId: attempt.id });

    const [override] = (await overrides.overridesOf([exam.id])).get(exam.id) ?? [];
    await overrides.removeOverride(trainer, override?.id as string);
    expect(await attemptRow(attempt.id)).toEqual({ time_multiplier: 1, deadline: attempt.deadline, accepts_until: attempt.acceptsUntil });
  });

  it("moves every attempt of a unit's subtree in one change, and no one else's", async () => {
    const exam = await newExam({ timeLimitSeconds: 600 });
    const startedAt = new Date(Date.now() - MINUTE);
    const mine = await insertTestAttempt(context.dataSource, { examId: exam.id, userId: learner.id, startedAt });
    const neighbours = await insertTestAttempt(context.dataSource, { examId: exam.id, userId: neighbour.id, startedAt });
    const outsiders = await insertTestAttempt(context.dataSource, { examId: exam.id, userId: outsider.id, startedAt });
    const closesAt = new Date(startedAt.getTime() + 5 * MINUTE);

    await overrides.setOverride(trainer, { examId: exam.id, orgUnitId: district.id, timeMultiplier: 2, closesAt: new Date(startedAt.getTime() + 60 * MINUTE) });
    expect((await attemptRow(mine.id)).deadline).toEqual(new Date(startedAt.getTime() + 20 * MINUTE));
    expect((await attemptRow(neighbours.id)).deadline).toEqual(new Date(startedAt.getTime() + 20 * MINUTE));
    expect(await attemptRow(outsiders.id)).toMatchObject({ time_multiplier: outsiders.timeMultiplier, deadline: outsiders.deadline });

    // The same target again replaces the override: the district now closes early.
    await overrides.setOverride(trainer, { examId: exam.id, orgUnitId: district.id, timeMultiplier: 2, closesAt });
    expect((await overrides.overridesOf([exam.id])).get(exam.id)).toHaveLength(1);
    expect(await attemptRow(neighbours.id)).toEqual({ time_multiplier: 2, deadline: closesAt, accepts_until: new Date(closesAt.getTime() + 30_000) });
  });

  it("applies a learner's accommodation to their attempts in progress at every exam", async () => {
    const first = await newExam({ timeLimitSeconds: 1200 });
    const second = await newExam({ timeLimitSeconds: 600 });
    const startedAt = new Date(Date.now() - MINUTE);
    const a = await insertTestAttempt(context.dataSource, { examId: first.id, userId: outsider.id, startedAt });
    const b = await insertTestAttempt(context.dataSource, { examId: second.id, userId: outsider.id, startedAt });
    await overrides.setAccommodation(admin, outsider.id, 1.5, 'Cần thêm thời gian');
    expect((await attemptRow(a.id)).deadline).toEqual(new Date(startedAt.getTime() + 30 * MINUTE));
    expect((await attemptRow(b.id)).deadline).toEqual(new Date(startedAt.getTime() + 15 * MINUTE));
    const [stored] = await context.dataSource.query('SELECT time_multiplier, note, set_by_id FROM learner_accommodation WHERE user_id = $1', [outsider.id]);
    expect(stored).toEqual({ time_multiplier: 1.5, note: 'Cần thêm thời gian', set_by_id: admin.userId });
  });

  it("lets administrators and the managers of the learner's unit set accommodations, nobody else", async () => {
    const manager = (await createTestUser(context.dataSource, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] })).actor;
    await overrides.setAccommodation(manager, learner.id, 1.25);
    expect(await domainErrorOf(overrides.setAccommodation(manager, outsider.id, 1.25))).toMatchObject({ code: 'FORBIDDEN', reason: 'exam.accommodationForbidden' });
    expect(await domainErrorOf(overrides.setAccommodation(trainer, learner.id, 1.25))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await domainErrorOf(overrides.setAccommodation(admin, learner.id, 6))).toMatchObject({ field: 'timeMultiplier', reason: 'exam.timeMultiplierRange' });
    expect(await domainErrorOf(overrides.setAccommodation(admin, learner.id, 1.5, 'x'.repeat(1001)))).toMatchObject({ field: 'note' });
    expect(await domainErrorOf(overrides.setAccommodation(admin, '00000000-0000-4000-8000-000000000000', 1.5))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses overrides that name no one, or both, or change nothing, or go out of range, and callers who do not edit the exam', async () => {
    const exam = await newExam({ closesAt: new Date('2027-06-30T00:00:00Z') });
    const refusal = async (command: Partial<ExamOverrideCommand>, actor = trainer) => {
      const error = await domainErrorOf(overrides.setOverride(actor, { examId: exam.id, ...command }));
      return [error.code, error.field ?? null, error.reason];
    };
    expect(await refusal({ timeMultiplier: 1.5 })).toEqual(['BAD_USER_INPUT', 'userId', 'exam.overrideTarget']);
    expect(await refusal({ userId: learner.id, orgUnitId: district.id, timeMultiplier: 1.5 })).toEqual(['BAD_USER_INPUT', 'orgUnitId', 'exam.overrideTarget']);
    expect(await refusal({ userId: learner.id })).toEqual(['BAD_USER_INPUT', 'timeMultiplier', 'exam.overrideEmpty']);
    expect(await refusal({ userId: learner.id, timeMultiplier: 0.5 })).toEqual(['BAD_USER_INPUT', 'timeMultiplier', 'exam.timeMultiplierRange']);
    expect(await refusal({ userId: learner.id, extraAttempts: 21 })).toEqual(['BAD_USER_INPUT', 'extraAttempts', 'exam.extraAttemptsRange']);
    expect(await refusal({ userId: learner.id, opensAt: new Date('2027-07-01T00:00:00Z') })).toEqual(['BAD_USER_INPUT', 'opensAt', 'exam.windowOrder']);
    expect(await refusal({ userId: '00000000-0000-4000-8000-000000000000', extraAttempts: 1 })).toEqual(['BAD_USER_INPUT', 'userId', 'exam.overrideUserUnknown']);
    expect(await refusal({ orgUnitId: '00000000-0000-4000-8000-000000000000', extraAttempts: 1 })).toEqual(['BAD_USER_INPUT', 'orgUnitId', 'exam.overrideUnitUnknown']);
    expect(await refusal({ userId: learner.id, extraAttempts: 1 }, learner.actor)).toEqual(['FORBIDDEN', null, 'exam.overrideForbidden']);
    expect(await domainErrorOf(overrides.removeOverride(trainer, '00000000-0000-4000-8000-000000000000'))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await context.dataSource.query('SELECT id FROM exam_override WHERE exam_id = $1', [exam.id])).toEqual([]);
  });

  it('keeps an exam to 500 overrides, while the same target can still be changed', async () => {
    const exam = await newExam();
    const tag = exam.id.slice(0, 8);
    await context.dataSource.query(
      `WITH units AS (
         INSERT INTO org_unit (code, name, kind, path) SELECT 'OV-' || $2 || '-' || g, 'Ấp ' || g, 'HAMLET', '/ov/' || g || '/' FROM generate_series(1, 500) g RETURNING id
       )
       INSERT INTO exam_override (exam_id, org_unit_id, extra_attempts) SELECT $1, id, 1 FROM units`,
      [exam.id, tag],
    );
    const error = await domainErrorOf(overrides.setOverride(trainer, { examId: exam.id, userId: learner.id, extraAttempts: 1 }));
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'exam.tooManyOverrides', params: { max: 500 } });
    const [{ id: unitId }] = await context.dataSource.query('SELECT org_unit_id AS id FROM exam_override WHERE exam_id = $1 LIMIT 1', [exam.id]);
    expect((await overrides.setOverride(trainer, { examId: exam.id, orgUnitId: unitId, extraAttempts: 2 })).extraAttempts).toBe(2);
  });
});
