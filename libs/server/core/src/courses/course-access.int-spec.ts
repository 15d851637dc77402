import { randomUUID } from 'node:crypto';
import type { Actor } from '../access/actor';
import { numberedParameters } from '../pagination/keyset';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { canEditCourse, editableCourseSql, isCourseAuthor } from './course-access';
import { CourseService } from './course.service';
import { CoursesModule } from './courses.module';

describe('who may edit a course, as SQL (PostgreSQL)', () => {
  let ctx: TestingContext;

  beforeAll(async () => {
    ctx = await createTestingContext([CoursesModule]);
  });
  afterAll(() => ctx.close());

  it('selects exactly the courses canEditCourse lets each caller edit', async () => {
    const db = ctx.dataSource;
    const author = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).actor;
    const otherTrainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).actor;
    const admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
    const formerTrainer = await createTestUser(db);
    const { course } = await ctx.get(CourseService).create(author, { code: `SQL-${randomUUID().slice(0, 8)}`, title: 'Quyền sửa', summary: 'x', hours: 1 });
    // Someone still listed as an author who is no longer a trainer edits nothing.
    await db.query('INSERT INTO course_author (course_id, user_id) VALUES ($1, $2)', [course.id, formerTrainer.id]);

    const callers: Array<[string, Actor | undefined]> = [
      ['author', author],
      ['otherTrainer', otherTrainer],
      ['admin', admin],
      ['formerTrainer', formerTrainer.actor],
      ['anonymous', undefined],
    ];
    const decisions: Record<string, { sql: boolean; rule: boolean }> = {};
    for (const [name, actor] of callers) {
      const params: unknown[] = [course.id];
      const condition = editableCourseSql(actor, 'c.id', numberedParameters(params));
      const [{ editable }]: Array<{ editable: boolean }> = await db.query(`SELECT ${condition} AS editable FROM course c WHERE c.id = $1`, params);
      const isAuthor = actor ? await isCourseAuthor(db, course.id, actor.userId) : false;
      decisions[name] = { sql: editable, rule: canEditCourse(actor, isAuthor) };
    }
    expect(decisions).toEqual({
      author: { sql: true, rule: true },
      otherTrainer: { sql: false, rule: false },
      admin: { sql: true, rule: true },
      formerTrainer: { sql: false, rule: false },
      anonymous: { sql: false, rule: false },
    });
  });
});
