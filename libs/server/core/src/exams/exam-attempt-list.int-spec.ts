import { createTestOrgUnit, createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { domainErrorOf } from '../test-support/domain-error-of';
import { ExamAttemptListService } from './exam-attempt-list.service';
import { ExamsModule } from './exams.module';
import { insertAttemptRow, slotsOf } from './test-support/exam-fixtures';
import { createExamWorld, type ExamWorld } from './test-support/exam-world';

describe('the attempts of an exam (service, real PostgreSQL)', () => {
  let context: TestingContext;
  let list: ExamAttemptListService;
  let world: ExamWorld;
  let ids: { commune: string; communeOpen: string; elsewhere: string };

  beforeAll(async () => {
    context = await createTestingContext([ExamsModule]);
    list = context.get(ExamAttemptListService);
    world = await createExamWorld(context.dataSource);
    const slots = slotsOf(world.questions);
    const hour = 60 * 60 * 1000;
    ids = {
      commune: await insertAttemptRow(context.dataSource, { examId: world.examId, userId: world.learner.id, orgUnitId: world.commune.id, slots, startedAt: new Date(Date.now() - 3 * hour), results: [] }),
      communeOpen: await insertAttemptRow(context.dataSource, { examId: world.examId, userId: world.classmate.id, orgUnitId: world.commune.id, slots, state: 'IN_PROGRESS', startedAt: new Date(Date.now() - hour) }),
      elsewhere: await insertAttemptRow(context.dataSource, { examId: world.examId, userId: world.outsider.id, orgUnitId: world.otherDistrict.id, slots, startedAt: new Date(Date.now() - 2 * hour), results: [] }),
    };
  });

  afterAll(async () => {
    await context.close();
  });

  it('lists every attempt for editors, newest first, by unit subtree and state', async () => {
    expect((await list.examAttempts(world.trainer.actor, world.examId)).map((view) => view.attempt.id)).toEqual([ids.communeOpen, ids.elsewhere, ids.commune]);
    expect((await list.examAttempts(world.coAuthor.actor, world.examId, { orgUnitId: world.district.id })).map((view) => view.attempt.id)).toEqual([ids.communeOpen, ids.commune]);
    expect((await list.examAttempts(world.admin.actor, world.examId, { state: 'GRADED' })).map((view) => view.attempt.id)).toEqual([ids.elsewhere, ids.commune]);
    expect((await list.examAttempts(world.trainer.actor, world.examId, { orgUnitId: world.commune.id, state: 'IN_PROGRESS' })).map((view) => view.attempt.id)).toEqual([ids.communeOpen]);
  });

  it('shows unit managers the attempts taken in their subtrees only', async () => {
    expect((await list.examAttempts(world.manager.actor, world.examId)).map((view) => view.attempt.id)).toEqual([ids.communeOpen, ids.commune]);
    expect((await domainErrorOf(list.examAttempts(world.manager.actor, world.examId, { orgUnitId: world.otherDistrict.id }))).code).toBe('FORBIDDEN');
    const elsewhereManager = await createTestUser(context.dataSource, { roles: [{ role: 'UNIT_MANAGER', orgUnitId: (await createTestOrgUnit(context.dataSource, { kind: 'DISTRICT' })).id }], withPassword: false });
    expect(await list.examAttempts(elsewhereManager.actor, world.examId)).toEqual([]);
  });

  it('refuses learners and other trainers, and unknown units', async () => {
    for (const refused of [world.learner, world.otherTrainer]) {
      expect((await domainErrorOf(list.examAttempts(refused.actor, world.examId))).code).toBe('FORBIDDEN');
    }
    expect((await domainErrorOf(list.examAttempts(world.trainer.actor, world.examId, { orgUnitId: 'x' }))).code).toBe('NOT_FOUND');
  });
});
