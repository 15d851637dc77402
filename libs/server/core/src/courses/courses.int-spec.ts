import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/actor';
import { EnrollmentService } from '../enrollments/enrollment.service';
import { EnrollmentsModule } from '../enrollments/enrollments.module';
import { domainErrorOf as failure } from '../test-support/domain-error-of';
import { createTestUser } from '../test-support/fixtures';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CourseAuthorService } from './course-author.service';
import { CourseContentService } from './course-content.service';
import { CourseReadService } from './course-read.service';
import { CourseService } from './course.service';
import { CoursesModule } from './courses.module';

describe('Courses (PostgreSQL)', () => {
  let ctx: TestingContext;
  let db: DataSource;
  let courses: CourseService;
  let content: CourseContentService;
  let courseAuthors: CourseAuthorService;
  let reads: CourseReadService;
  let enrollments: EnrollmentService;
  let admin: Actor;
  let trainer: Actor;
  let otherTrainer: Actor;
  let learner: Actor;
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const code = (name: string) => `${name}-${tag}-${Math.random().toString(36).slice(2, 6)}`.toUpperCase();

  beforeAll(async () => {
    ctx = await createTestingContext([CoursesModule, EnrollmentsModule]);
    db = ctx.dataSource;
    courses = ctx.get(CourseService);
    content = ctx.get(CourseContentService);
    courseAuthors = ctx.get(CourseAuthorService);
    reads = ctx.get(CourseReadService);
    enrollments = ctx.get(EnrollmentService);
    admin = (await createTestUser(db, { roles: [{ role: 'ADMIN' }] })).actor;
    trainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).actor;
    otherTrainer = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).actor;
    learner = (await createTestUser(db)).actor;
    await db.query(
      `INSERT INTO track (code, title, description, audiences, position) VALUES ('officials', 'Cán bộ', 'x', '{OFFICIAL}', 2)
       ON CONFLICT ON CONSTRAINT track_code_key DO NOTHING`,
    );
  });
  afterAll(() => ctx.close());

  /** A published course with one module of `lessons` TEXT lessons (the last `optional` ones not required). */
  async function publishedCourse(
    options: { title?: string; summary?: string; lessons?: number; optional?: number; prerequisiteCodes?: string[] } = {},
  ) {
    const { course } = await courses.create(trainer, {
      code: code('C'),
      title: options.title ?? 'Khóa học thử',
      summary: options.summary ?? 'Nội dung thử nghiệm',
      hours: 4,
      prerequisiteCodes: options.prerequisiteCodes,
    });
    const module = await content.addModule(trainer, { courseId: course.id, title: 'Chương 1' });
    const lessons = [];
    const count = options.lessons ?? 2;
    for (let i = 0; i < count; i += 1) {
      lessons.push(
        await content.addLesson(trainer, {
          moduleId: module.id,
          title: `Bài ${i + 1}`,
          kind: 'TEXT',
          body: `# Bài ${i + 1}`,
          required: i < count - (options.optional ?? 0),
        }),
      );
    }
    await courses.submitForReview(trainer, course.id);
    return { course: (await courses.publish(admin, course.id)).course, module, lessons };
  }

  describe('authoring and workflow', () => {
    it('creates a draft course authored by its creator, placed in tracks', async () => {
      const { course } = await courses.create(trainer, {
        code: ` ${code('atvt').toLowerCase()} `,
        title: '  An toàn   thông tin ',
        summary: 'Bảo vệ dữ liệu',
        hours: 2.5,
        trackCodes: ['officials'],
      });
      expect(course).toMatchObject({ status: 'DRAFT', title: 'An toàn thông tin', hours: 2.5, revisionStatus: null });
      expect(course.code).toMatch(/^ATVT-/);
      const tracks = (await reads.tracksByCourseIds([course.id])).get(course.id)!;
      expect(tracks.map((t) => [t.track.code, t.placement.mandatory])).toEqual([['officials', false]]);
    });

    it('refuses duplicate codes, unknown tracks, EXAM lessons and other trainers', async () => {
      const taken = code('dup');
      await courses.create(trainer, { code: taken, title: 'A', summary: 'B', hours: 1 });
      expect(await failure(courses.create(trainer, { code: taken, title: 'A', summary: 'B', hours: 1 }))).toMatchObject({ code: 'CONFLICT', field: 'code' });
      expect(await failure(courses.create(trainer, { code: code('t'), title: 'A', summary: 'B', hours: 1, trackCodes: ['nope'] }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'trackCodes',
      });
      expect(await failure(courses.create(learner, { code: code('l'), title: 'A', summary: 'B', hours: 1 }))).toMatchObject({ code: 'FORBIDDEN' });
      const { course } = await courses.create(trainer, { code: code('e'), title: 'A', summary: 'B', hours: 1 });
      const module = await content.addModule(trainer, { courseId: course.id, title: 'M' });
      expect(await failure(content.addLesson(trainer, { moduleId: module.id, title: 'Thi', kind: 'EXAM' }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'examId',
        reason: 'course.examLessonExam',
      });
      expect(await failure(content.addModule(otherTrainer, { courseId: course.id, title: 'X' }))).toMatchObject({ code: 'FORBIDDEN' });
      await courseAuthors.addAuthor(trainer, course.id, (await db.query('SELECT email FROM app_user WHERE id = $1', [otherTrainer.userId]))[0].email);
      expect((await content.addModule(otherTrainer, { courseId: course.id, title: 'Của đồng tác giả' })).position).toBe(2);
    });

    it('reorders modules and lessons, and renumbers after a delete', async () => {
      const { course } = await courses.create(trainer, { code: code('ord'), title: 'Thứ tự', summary: 'x', hours: 1 });
      const a = await content.addModule(trainer, { courseId: course.id, title: 'A' });
      const b = await content.addModule(trainer, { courseId: course.id, title: 'B' });
      const c = await content.addModule(trainer, { courseId: course.id, title: 'C' });
      await content.moveModule(trainer, c.id, 1);
      const order = async () => (await reads.modulesByCourseIds([course.id])).get(course.id)!.map((m) => `${m.position}${m.title}`);
      expect(await order()).toEqual(['1C', '2A', '3B']);
      await content.deleteModule(trainer, a.id);
      expect(await order()).toEqual(['1C', '2B']);
      const l1 = await content.addLesson(trainer, { moduleId: b.id, title: 'L1', kind: 'TEXT', body: 'x' });
      const l2 = await content.addLesson(trainer, { moduleId: b.id, title: 'L2', kind: 'VIDEO', videoUrl: 'https://video.hocso.vn/v/1.mp4', transcript: 'Xin chào' });
      await content.moveLesson(trainer, l2.id, 1);
      const lessons = (await reads.lessonsByModuleIds([b.id])).get(b.id)!;
      expect(lessons.map((l) => [l.title, l.position])).toEqual([
        ['L2', 1],
        ['L1', 2],
      ]);
      await content.moveLesson(trainer, l1.id, 1, c.id);
      expect((await reads.lessonsByModuleIds([b.id, c.id])).get(c.id)!.map((l) => l.title)).toEqual(['L1']);
    });

    it('walks DRAFT → IN_REVIEW → returned with a comment → IN_REVIEW → PUBLISHED → ARCHIVED and refuses invalid steps', async () => {
      const { course } = await courses.create(trainer, { code: code('wf'), title: 'Quy trình', summary: 'x', hours: 1 });
      expect(await failure(courses.submitForReview(trainer, course.id))).toMatchObject({ code: 'CONFLICT' });
      const module = await content.addModule(trainer, { courseId: course.id, title: 'M' });
      await content.addLesson(trainer, { moduleId: module.id, title: 'L', kind: 'TEXT', body: 'x' });
      expect(await failure(courses.publish(admin, course.id))).toMatchObject({ code: 'CONFLICT' });
      expect((await courses.submitForReview(trainer, course.id)).course.status).toBe('IN_REVIEW');
      expect(await failure(content.addModule(trainer, { courseId: course.id, title: 'x' }))).toMatchObject({ code: 'CONFLICT' });
      expect(await failure(courses.publish(trainer, course.id))).toMatchObject({ code: 'FORBIDDEN' });
      expect((await courses.returnToDraft(admin, course.id, 'Thêm ví dụ thực tế')).course).toMatchObject({ status: 'DRAFT', reviewComment: 'Thêm ví dụ thực tế' });
      await courses.submitForReview(trainer, course.id);
      const { course: published } = await courses.publish(admin, course.id);
      expect(published).toMatchObject({ status: 'PUBLISHED', reviewComment: null });
      expect(published.liveVersionId).not.toBeNull();
      expect((await courses.archive(trainer, course.id)).course.status).toBe('ARCHIVED');
      expect(await failure(courses.update(trainer, course.id, { title: 'Mới' }))).toMatchObject({ code: 'CONFLICT' });
      expect(await failure(courses.archive(admin, course.id))).toMatchObject({ code: 'CONFLICT' });
    });
  });

  describe('versions', () => {
    it('keeps learners on the version they enrolled in while a revision is drafted and published', async () => {
      const { course, module, lessons } = await publishedCourse({ lessons: 1 });
      const early = await enrollments.enroll(learner, course.id);
      const v1 = course.liveVersionId!;
      expect(early.courseVersionId).toBe(v1);

      // Editing the content of a published course opens a revision; learners still see version 1.
      await content.addLesson(trainer, { moduleId: module.id, title: 'Bài mới', kind: 'TEXT', body: 'Mới' });
      const revising = await reads.getVisible(trainer, course.id);
      expect(revising.course).toMatchObject({ status: 'PUBLISHED', revisionStatus: 'DRAFT', liveVersionId: v1 });
      expect(revising.versionId).toBeNull();
      const otherLearner = (await createTestUser(db)).actor;
      expect((await reads.getVisible(otherLearner, course.id)).versionId).toBe(v1);

      const tagged = `Sửa đổi ${code('R')}`;
      await courses.update(trainer, course.id, { title: tagged });
      expect((await reads.catalogue(trainer, { status: 'DRAFT', search: tagged })).items.map((v) => v.course.id)).toEqual([course.id]);
      await courses.submitForReview(trainer, course.id);
      const queue = await reads.catalogue(admin, { status: 'IN_REVIEW', search: tagged });
      expect(queue.items.map((v) => v.course.id)).toEqual([course.id]);
      const { course: republished } = await courses.publish(admin, course.id);
      const v2 = republished.liveVersionId!;
      expect(v2).not.toBe(v1);
      expect(republished.revisionStatus).toBeNull();

      const late = await enrollments.enroll(otherLearner, course.id);
      expect(late.courseVersionId).toBe(v2);
      expect((await reads.getVisible(learner, course.id)).versionId).toBe(v1);
      const versions = await reads.versionsByIds([v1, v2]);
      expect(versions.get(v1)!.snapshot.modules[0].lessons.map((l) => l.id)).toEqual([lessons[0].id]);
      expect(versions.get(v2)!.snapshot.modules[0].lessons).toHaveLength(2);

      const summaries = (await reads.versionSummariesByCourseIds([course.id])).get(course.id)!;
      expect(summaries.map((s) => [s.version, s.learnerCount])).toEqual([
        [1, 1],
        [2, 1],
      ]);

      // Learners on version 1 complete it with version 1's lessons.
      const done = await enrollments.completeLesson(learner, lessons[0].id);
      expect(done).toMatchObject({ status: 'COMPLETED', progress: 1 });
    });
  });

  describe('version content', () => {
    it('shows every version to authors and administrators, and other readers only the live one or their own', async () => {
      const { course, module } = await publishedCourse({ lessons: 1 });
      const v1 = course.liveVersionId!;
      const onV1 = (await createTestUser(db)).actor;
      await enrollments.enroll(onV1, course.id);
      await content.updateLesson(trainer, (await reads.lessonsByModuleIds([module.id])).get(module.id)![0].id, { body: '# Bài 1, sửa' });
      await courses.submitForReview(trainer, course.id);
      const v2 = (await courses.publish(admin, course.id)).course.liveVersionId!;

      const bodies = async (actor: Actor | undefined) => {
        const contents = await reads.versionContentsByIds(actor, [v1, v2]);
        return [v1, v2].map((id) => {
          const content = contents.get(id)!;
          return content instanceof Error ? content.code : content.modules[0].lessons[0].body;
        });
      };
      expect(await bodies(trainer)).toEqual(['# Bài 1', '# Bài 1, sửa']);
      expect(await bodies(admin)).toEqual(['# Bài 1', '# Bài 1, sửa']);
      expect(await bodies(otherTrainer)).toEqual(['FORBIDDEN', '# Bài 1, sửa']);
      expect(await bodies(undefined)).toEqual(['FORBIDDEN', '# Bài 1, sửa']);
      expect(await bodies(onV1)).toEqual(['# Bài 1', '# Bài 1, sửa']);
      expect((await reads.versionContentsByIds(admin, ['not-a-uuid'])).get('not-a-uuid')).toMatchObject({ code: 'NOT_FOUND' });

      const summaries = (await reads.versionSummariesByCourseIds([course.id])).get(course.id)!;
      expect(summaries.map((summary) => [summary.version, summary.live])).toEqual([
        [1, false],
        [2, true],
      ]);
    });
  });

  describe('co-authors', () => {
    const emailOf = async (actor: Actor): Promise<string> => (await db.query('SELECT email FROM app_user WHERE id = $1', [actor.userId]))[0].email;
    const authorIds = async (courseId: string) => (await reads.authorIdsByCourseIds([courseId])).get(courseId)!;

    it('lets an author or an administrator remove another author, by email in any case', async () => {
      const { course } = await courses.create(trainer, { code: code('co'), title: 'Đồng tác giả', summary: 'x', hours: 1 });
      const third = (await createTestUser(db, { roles: [{ role: 'TRAINER' }] })).actor;
      await courseAuthors.addAuthor(trainer, course.id, await emailOf(otherTrainer));
      await courseAuthors.addAuthor(trainer, course.id, await emailOf(third));

      const removed = await courseAuthors.removeAuthor(otherTrainer, course.id, ` ${(await emailOf(trainer)).toUpperCase()} `);
      expect(removed).toMatchObject({ canEdit: true, versionId: null });
      expect(await authorIds(course.id)).toEqual([otherTrainer.userId, third.userId]);
      expect(await failure(content.addModule(trainer, { courseId: course.id, title: 'X' }))).toMatchObject({ code: 'FORBIDDEN' });

      await courseAuthors.removeAuthor(admin, course.id, await emailOf(third));
      expect(await authorIds(course.id)).toEqual([otherTrainer.userId]);
    });

    it('lets an author leave a course that keeps another author', async () => {
      const { course } = await publishedCourse({ lessons: 1 });
      await courseAuthors.addAuthor(trainer, course.id, await emailOf(otherTrainer));
      const left = await courseAuthors.removeAuthor(otherTrainer, course.id, await emailOf(otherTrainer));
      expect(left).toMatchObject({ canEdit: false, versionId: course.liveVersionId });
      expect(await authorIds(course.id)).toEqual([trainer.userId]);
    });

    it('keeps at least one author, and refuses unknown courses and emails and readers who are not authors', async () => {
      const { course } = await courses.create(trainer, { code: code('last'), title: 'Tác giả cuối', summary: 'x', hours: 1 });
      expect(await failure(courseAuthors.removeAuthor(trainer, course.id, await emailOf(trainer)))).toMatchObject({ code: 'CONFLICT' });
      expect(await failure(courseAuthors.removeAuthor(admin, course.id, await emailOf(trainer)))).toMatchObject({ code: 'CONFLICT' });
      expect(await failure(courseAuthors.removeAuthor(trainer, course.id, 'nobody@test.hocso.vn'))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await failure(courseAuthors.removeAuthor(trainer, course.id, await emailOf(otherTrainer)))).toMatchObject({ code: 'NOT_FOUND' });
      expect(await failure(courseAuthors.removeAuthor(trainer, randomUUID(), await emailOf(trainer)))).toMatchObject({ code: 'NOT_FOUND' });
      await courseAuthors.addAuthor(trainer, course.id, await emailOf(admin));
      expect(await failure(courseAuthors.removeAuthor(otherTrainer, course.id, await emailOf(trainer)))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await failure(courseAuthors.removeAuthor(learner, course.id, await emailOf(trainer)))).toMatchObject({ code: 'FORBIDDEN' });
      expect(await authorIds(course.id)).toEqual([trainer.userId, admin.userId]);
    });
  });

  describe('enrollment rules', () => {
    it('is idempotent, refuses drafts, archived courses and unmet prerequisites', async () => {
      const { course: basics, lessons } = await publishedCourse({ lessons: 1 });
      const { course: advanced } = await publishedCourse({ prerequisiteCodes: [basics.code] });
      const student = (await createTestUser(db)).actor;

      const refused = await failure(enrollments.enroll(student, advanced.id));
      expect(refused).toMatchObject({ code: 'CONFLICT', field: 'courseId' });
      expect(refused.message).toContain(basics.code);
      expect(refused.details).toEqual({ missingPrerequisites: [basics.code] });

      const first = await enrollments.enroll(student, basics.id);
      expect((await enrollments.enroll(student, basics.id)).id).toBe(first.id);
      expect(await failure(enrollments.enroll(student, advanced.id))).toMatchObject({ code: 'CONFLICT' });
      await enrollments.completeLesson(student, lessons[0].id);
      expect((await enrollments.enroll(student, advanced.id)).status).toBe('ACTIVE');

      const { course: draft } = await courses.create(trainer, { code: code('d'), title: 'Nháp', summary: 'x', hours: 1 });
      expect(await failure(enrollments.enroll(student, draft.id))).toMatchObject({ code: 'CONFLICT' });
      expect(await failure(enrollments.enroll(student, randomUUID()))).toMatchObject({ code: 'NOT_FOUND' });
      const { course: old } = await publishedCourse();
      await courses.archive(admin, old.id);
      expect(await failure(enrollments.enroll(student, old.id))).toMatchObject({ code: 'CONFLICT' });
    });

    it('withdraws and resumes on the same version', async () => {
      const { course, lessons } = await publishedCourse({ lessons: 2 });
      const student = (await createTestUser(db)).actor;
      await enrollments.enroll(student, course.id);
      await enrollments.completeLesson(student, lessons[0].id);
      expect((await enrollments.withdraw(student, course.id)).status).toBe('WITHDRAWN');
      expect(await failure(enrollments.completeLesson(student, lessons[1].id))).toMatchObject({ code: 'CONFLICT' });
      const resumed = await enrollments.enroll(student, course.id);
      expect(resumed).toMatchObject({ status: 'ACTIVE', completedLessonIds: [lessons[0].id] });
    });
  });

  describe('completion', () => {
    it('counts required lessons only, is idempotent, and writes the outbox row once, with the completion', async () => {
      const { course, lessons } = await publishedCourse({ lessons: 3, optional: 1 });
      const student = (await createTestUser(db)).actor;
      expect(await failure(enrollments.completeLesson(student, lessons[0].id))).toMatchObject({ code: 'CONFLICT', field: 'lessonId' });
      expect(await failure(enrollments.completeLesson(student, randomUUID()))).toMatchObject({ code: 'NOT_FOUND' });
      const enrollment = await enrollments.enroll(student, course.id);

      expect((await enrollments.completeLesson(student, lessons[2].id)).progress).toBe(0);
      expect((await enrollments.completeLesson(student, lessons[0].id)).progress).toBe(0.5);
      expect((await enrollments.completeLesson(student, lessons[0].id)).completedLessonIds).toHaveLength(2);
      const done = await enrollments.completeLesson(student, lessons[1].id);
      expect(done).toMatchObject({ status: 'COMPLETED', progress: 1 });
      expect(done.completedAt).toBeInstanceOf(Date);
      await enrollments.completeLesson(student, lessons[1].id);

      const events: Array<{ topic: string; payload: Record<string, string>; created_at: Date; published_at: Date | null }> = await db.query(
        'SELECT topic, payload, created_at, published_at FROM outbox WHERE aggregate_id = $1',
        [enrollment.id],
      );
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ topic: 'enrollment.completed', published_at: null });
      expect(events[0].payload).toMatchObject({ enrollmentId: enrollment.id, userId: student.userId, courseId: course.id });
    });

    it('writes neither the completion nor the outbox row when the transaction fails', async () => {
      const { course, lessons } = await publishedCourse({ lessons: 1 });
      const student = (await createTestUser(db)).actor;
      const enrollment = await enrollments.enroll(student, course.id);
      // A trigger that fails the outbox insert for this enrollment: the completion must roll back with it.
      await db.query(`
        CREATE OR REPLACE FUNCTION test_refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'outbox unavailable'; END $$;
        CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW
          WHEN (NEW.aggregate_id = '${enrollment.id}'::uuid) EXECUTE FUNCTION test_refuse_outbox();`);
      try {
        await expect(enrollments.completeLesson(student, lessons[0].id)).rejects.toThrow('outbox unavailable');
      } finally {
        await db.query('DROP TRIGGER test_refuse_outbox ON outbox; DROP FUNCTION test_refuse_outbox()');
      }
      const [row] = await db.query('SELECT status, completed_lesson_ids FROM enrollment WHERE id = $1', [enrollment.id]);
      expect(row).toEqual({ status: 'ACTIVE', completed_lesson_ids: [] });
      expect(await db.query('SELECT 1 FROM outbox WHERE aggregate_id = $1', [enrollment.id])).toHaveLength(0);
    });
  });

  describe('catalogue search', () => {
    let safety: string;
    beforeAll(async () => {
      safety = (await publishedCourse({ title: `An toàn thông tin ${tag}`, summary: 'Mật khẩu mạnh, xác thực hai lớp' })).course.id;
      await publishedCourse({ title: `Phân tích dữ liệu ${tag}`, summary: 'Bảng tính và biểu đồ' });
      await courses.create(trainer, { code: code('hidden'), title: `An toàn thông tin nháp ${tag}`, summary: 'x', hours: 1 });
    });

    it.each(['an toan thong tin', 'an toàn thôn tin', 'AN TOÀN THÔNG TIN', 'an toan thong tinn'])('finds "An toàn thông tin" by "%s"', async (term) => {
      const page = await reads.catalogue(undefined, { search: `${term} ${tag.toLowerCase()}` });
      expect(page.items.map((view) => view.course.id)).toContain(safety);
      expect(page.items[0].course.id).toBe(safety);
    });

    it('shows learners published courses only and ranks the best match first', async () => {
      const page = await reads.catalogue(learner, { search: `an toan thong tin ${tag}` });
      expect(page.items.every((view) => view.course.status === 'PUBLISHED')).toBe(true);
      expect(page.items.some((view) => view.course.title.includes('nháp'))).toBe(false);
      expect(page.totalCount).toBe(page.items.length);
    });

    it('lets a trainer list their drafts, and refuses a learner', async () => {
      const drafts = await reads.catalogue(trainer, { status: 'DRAFT', search: tag });
      expect(drafts.items.map((view) => view.course.title)).toContain(`An toàn thông tin nháp ${tag}`);
      expect(drafts.items.every((view) => view.canEdit && view.versionId === null)).toBe(true);
      expect(await failure(reads.catalogue(learner, { status: 'DRAFT' }))).toMatchObject({ code: 'FORBIDDEN' });
      expect((await reads.catalogue(otherTrainer, { status: 'DRAFT', search: `nháp ${tag}` })).totalCount).toBe(0);
    });

    it('pages with cursors through every course exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const page = await reads.catalogue(undefined, { first: 3, after });
        total = page.totalCount;
        seen.push(...page.items.map((view) => view.course.id));
        after = page.hasNextPage ? page.cursors.at(-1)! : null;
      } while (after);
      expect(seen.length).toBe(total);
      expect(new Set(seen).size).toBe(total);
      const searched: string[] = [];
      let next: string | null = null;
      do {
        const page = await reads.catalogue(undefined, { first: 1, after: next, search: `an toan ${tag}` });
        searched.push(...page.items.map((view) => view.course.id));
        next = page.hasNextPage ? page.cursors.at(-1)! : null;
      } while (next);
      expect(new Set(searched).size).toBe(searched.length);
      expect(searched[0]).toBe(safety);
    });

    it('finds courses through the GIN index of their unaccented words', async () => {
      await db.query('SET enable_seqscan = off');
      try {
        const plan: Array<{ 'QUERY PLAN': string }> = await db.query(`EXPLAIN SELECT id FROM course c WHERE c.search_words && ARRAY['toan']`);
        expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('course_search_words_idx');
        const indexes: Array<{ indexname: string }> = await db.query(
          `SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' AND tablename IN ('course', 'course_search_word') ORDER BY 1`,
        );
        expect(indexes.map((row) => row.indexname)).toEqual(['course_search_trgm_idx', 'course_search_word_trgm_idx']);
      } finally {
        await db.query('SET enable_seqscan = on');
      }
      const [{ words }] = await db.query(`SELECT search_words AS words FROM course WHERE id = $1`, [safety]);
      expect(words).toEqual(expect.arrayContaining(['an', 'toan', 'thong', 'tin', 'mat', 'khau']));
    });
  });
});
