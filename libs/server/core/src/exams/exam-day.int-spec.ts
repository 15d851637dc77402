import { getQueueToken } from '@nestjs/bullmq';
import { examDeadlineJobId, QUEUES } from '@hocso/contracts';
import type { Queue } from 'bullmq';
import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { domainErrorOf } from '../test-support/domain-error-of';
import { ExamAttemptEntity } from './exam-attempt.entity';
import { ExamDayService } from './exam-day.service';
import { ExamsModule } from './exams.module';
import { enrollInExamCourse, insertAttemptRow, slotsOf } from './test-support/exam-fixtures';
import { createExamWorld, type ExamWorld } from './test-support/exam-world';

const MINUTE = 60 * 1000;

describe('exam day (service, real PostgreSQL)', () => {
  let context: TestingContext;
  let examDay: ExamDayService;
  let world: ExamWorld;

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule]);
    examDay = context.get(ExamDayService);
    world = await createExamWorld(context.dataSource, { timeLimitSeconds: 3600 });
  });

  afterAll(async () => {
    await context.close();
  });

  it('counts the expected takers by unit, with the age of each last save, for editors and the managers concerned', async () => {
    const examId = await world.createExam({ timeLimitSeconds: 3600 });
    const hamlet = await createTestOrgUnit(context.dataSource, { kind: 'HAMLET', parent: world.commune });
    const villager = await createTestUser(context.dataSource, { audience: 'VILLAGE_HEAD', orgUnitId: hamlet.id, withPassword: false });
    const late = await createTestUser(context.dataSource, { audience: 'OFFICIAL', orgUnitId: world.commune.id, withPassword: false, fullName: 'Lê Văn Muộn' });
    const withdrawn = await createTestUser(context.dataSource, { audience: 'OFFICIAL', orgUnitId: world.commune.id, withPassword: false });
    await enrollInExamCourse(context.dataSource, examId, [world.learner.id, world.classmate.id, world.outsider.id, villager.id, late.id]);
    await enrollInExamCourse(context.dataSource, examId, [withdrawn.id], 'WITHDRAWN');
    const now = Date.now();
    const slots = slotsOf(world.questions);
    // The learner works (saved 2 minutes ago), the late one is past the deadline, the classmate submitted, the
    // villager and the outsider have not started; the classmate's first attempt does not count twice.
    const working = await insertAttemptRow(context.dataSource, {
      examId, userId: world.learner.id, orgUnitId: world.commune.id, slots, state: 'IN_PROGRESS',
      startedAt: new Date(now - 10 * MINUTE), deadline: new Date(now + 50 * MINUTE), answers: { 1: { boolean: true } }, savedAt: new Date(now - 2 * MINUTE),
    });
    await insertAttemptRow(context.dataSource, {
      examId, userId: late.id, orgUnitId: world.commune.id, slots, state: 'IN_PROGRESS', startedAt: new Date(now - 70 * MINUTE), deadline: new Date(now - 10 * MINUTE),
    });
    await insertAttemptRow(context.dataSource, { examId, userId: world.classmate.id, orgUnitId: world.commune.id, slots, number: 1, results: [] });
    await insertAttemptRow(context.dataSource, { examId, userId: world.classmate.id, orgUnitId: world.commune.id, slots, number: 2, results: [] });

    const day = await examDay.examDay(world.trainer.actor, examId);
    const byUnit = new Map(day.units.map((unit) => [unit.orgUnitId, unit]));
    expect(byUnit.get(world.commune.id)).toEqual({ orgUnitId: world.commune.id, notStarted: 0, inProgress: 1, overdue: 1, submitted: 1 });
    expect(byUnit.get(hamlet.id)).toMatchObject({ notStarted: 1, inProgress: 0, overdue: 0, submitted: 0 });
    expect(byUnit.get(world.otherDistrict.id)).toMatchObject({ notStarted: 1 });
    expect(day.takerCount).toBe(5);
    expect(day.takers.map((taker) => taker.state)).toEqual(['OVERDUE', 'IN_PROGRESS', 'NOT_STARTED', 'NOT_STARTED', 'SUBMITTED']);
    expect(day.takers.map((taker) => taker.userId)).toEqual([late.id, world.learner.id, ...day.takers.slice(2, 4).map((taker) => taker.userId), world.classmate.id]);
    expect(new Set(day.takers.slice(2, 4).map((taker) => taker.userId))).toEqual(new Set([villager.id, world.outsider.id]));
    const learnerRow = day.takers.find((taker) => taker.userId === world.learner.id);
    expect(learnerRow?.attemptId).toBe(working);
    expect(day.now.getTime() - (learnerRow?.lastSavedAt?.getTime() ?? 0)).toBeGreaterThanOrEqual(2 * MINUTE - 1000);

    const managed = await examDay.examDay(world.manager.actor, examId);
    expect(managed.takerCount).toBe(4);
    expect(managed.units.some((unit) => unit.orgUnitId === world.otherDistrict.id)).toBe(false);
    expect((await examDay.examDay(world.manager.actor, examId, hamlet.id)).takers.map((taker) => taker.userId)).toEqual([villager.id]);
    expect((await domainErrorOf(examDay.examDay(world.manager.actor, examId, world.otherDistrict.id))).code).toBe('FORBIDDEN');
    for (const stranger of [world.otherTrainer, world.learner]) {
      expect((await domainErrorOf(examDay.examDay(stranger.actor, examId))).code).toBe('FORBIDDEN');
    }
    const otherManager = await createTestUser(context.dataSource, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: (await createTestOrgUnit(context.dataSource, { kind: 'DISTRICT' })).id }], withPassword: false });
    expect((await domainErrorOf(examDay.examDay(otherManager.actor, examId))).reason).toBe('examDay.forbidden');
  });

  it('counts only those who started an exam open to all', async () => {
    const examId = await world.createExam({ openToAll: true });
    await insertAttemptRow(context.dataSource, { examId, userId: world.outsider.id, orgUnitId: world.otherDistrict.id, slots: slotsOf(world.questions), results: [] });
    const day = await examDay.examDay(world.admin.actor, examId);
    expect([day.takerCount, day.takers[0]?.userId, day.takers[0]?.state]).toEqual([1, world.outsider.id, 'SUBMITTED']);
  });

  it('extends the deadlines of the attempts in progress of a unit’s subtree at once, and schedules their jobs', async () => {
    const examId = await world.createExam({ timeLimitSeconds: 3600, graceSeconds: 30 });
    const now = Date.now();
    const deadline = new Date(now + 20 * MINUTE);
    const acceptsUntil = new Date(deadline.getTime() + 30_000);
    const slots = slotsOf(world.questions);
    const inCommune = await insertAttemptRow(context.dataSource, { examId, userId: world.learner.id, orgUnitId: world.commune.id, slots, state: 'IN_PROGRESS', deadline, acceptsUntil });
    const submitted = await insertAttemptRow(context.dataSource, { examId, userId: world.classmate.id, orgUnitId: world.commune.id, slots, deadline, acceptsUntil, results: [] });
    const elsewhere = await insertAttemptRow(context.dataSource, { examId, userId: world.outsider.id, orgUnitId: world.otherDistrict.id, slots, state: 'IN_PROGRESS', deadline, acceptsUntil });

    expect(await examDay.extendExamDeadlines(world.trainer.actor, examId, world.district.id, 15)).toBe(1);
    const stored = async (id: string) => context.dataSource.manager.findOneByOrFail(ExamAttemptEntity, { id });
    const moved = await stored(inCommune);
    expect([moved.extensionSeconds, moved.deadline?.getTime(), moved.acceptsUntil?.getTime()]).toEqual([900, deadline.getTime() + 900_000, acceptsUntil.getTime() + 900_000]);
    expect((await stored(submitted)).extensionSeconds).toBe(0);
    expect((await stored(elsewhere)).deadline?.getTime()).toBe(deadline.getTime());
    const deadlines = context.get<Queue>(getQueueToken(QUEUES.examDeadline));
    const job = await deadlines.getJob(examDeadlineJobId(inCommune, moved.acceptsUntil as Date));
    expect(job?.data).toEqual({ attemptId: inCommune });
    expect(await deadlines.getJob(examDeadlineJobId(elsewhere, acceptsUntil))).toBeUndefined();
    await examDay.extendExamDeadlines(world.trainer.actor, examId, world.commune.id, 5);
    expect((await stored(inCommune)).extensionSeconds).toBe(1200);

    for (const minutes of [0, -5, 1.5, 24 * 60 + 1]) {
      const error = await domainErrorOf(examDay.extendExamDeadlines(world.trainer.actor, examId, world.district.id, minutes));
      expect([error.code, error.field]).toEqual(['BAD_USER_INPUT', 'minutes']);
    }
    expect((await domainErrorOf(examDay.extendExamDeadlines(world.trainer.actor, examId, 'x', 5))).code).toBe('NOT_FOUND');
    for (const refused of [world.manager, world.otherTrainer, world.learner]) {
      expect((await domainErrorOf(examDay.extendExamDeadlines(refused.actor, examId, world.district.id, 5))).code).toBe('FORBIDDEN');
    }
    expect((await stored(inCommune)).extensionSeconds).toBe(1200);
  });
});
