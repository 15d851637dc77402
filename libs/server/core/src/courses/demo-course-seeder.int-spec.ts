import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { DemoSeedService } from '../seed/demo-seed.service';
import { FILE_STORAGE, type FileStorage } from '../storage/file-storage';
import { SeedModule } from '../seed/seed.module';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CourseReadService } from './course-read.service';
import { CoursesModule } from './courses.module';
import { seedDemoCourses } from './demo-course-seeder';

describe('Demo courses and question banks seed (PostgreSQL)', () => {
  let ctx: TestingContext;

  beforeAll(async () => {
    ctx = await createTestingContext([SeedModule, CoursesModule]);
  });
  afterAll(() => ctx.close());

  it('publishes one course per track plus the open course, once, authored by the demo trainer', async () => {
    const seed = ctx.get(DemoSeedService);
    const first = await seed.seed({ demoAccounts: true });
    const second = await seed.seed({ demoAccounts: true });
    expect(first.coursesCreated).toBeGreaterThanOrEqual(0);
    expect(second.coursesCreated).toBe(0);
    expect(second.questionBanksCreated).toBe(0);
    expect(second.examsCreated).toBe(0);
    const banks: Array<{ title: string; owner: string; questions: number }> = await ctx.dataSource.query(
      `SELECT b.title, u.email AS owner, (SELECT count(*)::int FROM question q WHERE q.bank_id = b.id) AS questions
         FROM question_bank b JOIN app_user u ON u.id = b.owner_id WHERE u.email = 'trainer@demo.hocso.vn'`,
    );
    expect(banks).toEqual([{ title: 'Kỹ năng số cơ bản (mẫu)', owner: 'trainer@demo.hocso.vn', questions: 15 }]);

    const rows: Array<{ code: string; status: string; author: string | null; version: number; tracks: string[] }> = await ctx.dataSource.query(
      `SELECT c.code, c.status, u.email AS author, v.version,
              coalesce(array_agg(t.code ORDER BY t.code) FILTER (WHERE t.code IS NOT NULL), '{}') AS tracks
         FROM course c JOIN course_version v ON v.id = c.live_version_id
         LEFT JOIN app_user u ON u.id = c.created_by_id
         LEFT JOIN course_track ct ON ct.course_id = c.id LEFT JOIN track t ON t.id = ct.track_id
        WHERE c.code IN ('CDS-CO-BAN', 'KNS-CBCC', 'LD-CDS', 'DN-PTDL', 'TCNS-CD')
        GROUP BY c.code, c.status, u.email, v.version ORDER BY c.code`,
    );
    expect(rows).toEqual([
      { code: 'CDS-CO-BAN', status: 'PUBLISHED', author: 'trainer@demo.hocso.vn', version: 1, tracks: [] },
      { code: 'DN-PTDL', status: 'PUBLISHED', author: 'trainer@demo.hocso.vn', version: 1, tracks: ['sme'] },
      { code: 'KNS-CBCC', status: 'PUBLISHED', author: 'trainer@demo.hocso.vn', version: 1, tracks: ['officials'] },
      { code: 'LD-CDS', status: 'PUBLISHED', author: 'trainer@demo.hocso.vn', version: 1, tracks: ['leaders'] },
      { code: 'TCNS-CD', status: 'PUBLISHED', author: 'trainer@demo.hocso.vn', version: 1, tracks: ['village-heads'] },
    ]);

    const found = await ctx.get(CourseReadService).catalogue(undefined, { search: 'chuyen doi so co ban' });
    expect(found.items[0].course.code).toBe('CDS-CO-BAN');
  });

  it('seeds the public digital-skills exam and the open course ending in its final exam, each drawable from the demo bank', async () => {
    await ctx.get(DemoSeedService).seed({ demoAccounts: true });
    const exams: Array<{ title: string; open_to_all: boolean; question_count: number; time_limit_seconds: number; rules: Array<{ path: string; count: number }> }> =
      await ctx.dataSource.query(
        `SELECT e.title, e.open_to_all, e.question_count, e.time_limit_seconds,
                (SELECT json_agg(json_build_object('path', c.path, 'count', r.count) ORDER BY r.position)
                   FROM exam_rule r JOIN question_category c ON c.id = r.category_id WHERE r.exam_id = e.id) AS rules
           FROM exam e JOIN app_user u ON u.id = e.created_by_id WHERE u.email = 'trainer@demo.hocso.vn' ORDER BY e.title`,
      );
    expect(exams).toEqual([
      {
        title: 'Bài kiểm tra cuối khóa: Chuyển đổi số cơ bản',
        open_to_all: false,
        question_count: 5,
        time_limit_seconds: 900,
        rules: [
          { path: 'top/Kỹ năng số/Dịch vụ công trực tuyến', count: 3 },
          { path: 'top/Kỹ năng số/An toàn thông tin', count: 2 },
        ],
      },
      { title: 'Kiểm tra kỹ năng số cơ bản', open_to_all: true, question_count: 10, time_limit_seconds: 1200, rules: [{ path: 'top/Kỹ năng số', count: 10 }] },
    ]);
    const [drawable]: Array<{ count: number }> = await ctx.dataSource.query(
      `SELECT count(*)::int AS count FROM question q JOIN question_category c ON c.id = q.category_id JOIN question_version v ON v.id = q.current_version_id
        WHERE c.path LIKE 'top/Kỹ năng số%' AND v.type NOT IN ('ESSAY', 'DESCRIPTION')
          AND q.bank_id = (SELECT b.id FROM question_bank b JOIN app_user u ON u.id = b.owner_id WHERE u.email = 'trainer@demo.hocso.vn')`,
    );
    // The public exam is graded at once: its category holds no essay, and more than the 10 it draws.
    expect(drawable?.count).toBeGreaterThan(10);
    const lessons: Array<{ kind: string; title: string; required: boolean; exam: string }> = await ctx.dataSource.query(
      `SELECT l->>'kind' AS kind, l->>'title' AS title, (l->>'required')::boolean AS required, e.title AS exam
         FROM course c JOIN course_version v ON v.id = c.live_version_id
         CROSS JOIN LATERAL jsonb_path_query(v.snapshot, '$.modules[*].lessons[*] ? (@.kind == "EXAM")') AS l
         JOIN exam e ON e.id = (l->>'examId')::uuid
        WHERE c.code = 'CDS-CO-BAN'`,
    );
    expect(lessons).toEqual([{ kind: 'EXAM', title: 'Bài kiểm tra cuối khóa', required: true, exam: 'Bài kiểm tra cuối khóa: Chuyển đổi số cơ bản' }]);
  });

  it('gives each course it creates a small generated 16:9 cover, stored as an upload would be', async () => {
    const codes = [0, 1].map(() => `DEMO-BIA-${randomUUID().slice(0, 8)}`);
    const seeds = codes.map((code) => ({ code, title: 'Ảnh bìa mẫu', summary: 'Khóa học mẫu có ảnh bìa', hours: 1, tracks: [], modules: [] }));
    const storage = ctx.get<FileStorage>(FILE_STORAGE);
    await expect(ctx.dataSource.transaction((manager) => seedDemoCourses(manager, seeds, 'trainer@demo.hocso.vn', storage))).resolves.toBe(2);
    const rows: Array<{ id: string; cover_image_url: string }> = await ctx.dataSource.query('SELECT id, cover_image_url FROM course WHERE code = ANY($1) ORDER BY code', [codes]);
    expect(new Set(rows.map((row) => row.cover_image_url)).size).toBe(2);
    for (const row of rows) {
      expect(row.cover_image_url).toMatch(new RegExp(`^/files/course-covers/${row.id}/[0-9a-f]{32}\\.webp$`));
      const stream = await storage.open(`course-covers/${row.id}/${row.cover_image_url.split('/').at(-1)?.replace('.webp', '')}`);
      const chunks: Buffer[] = [];
      for await (const chunk of stream ?? []) chunks.push(chunk as Buffer);
      await expect(sharp(Buffer.concat(chunks)).metadata()).resolves.toMatchObject({ format: 'webp', width: 800, height: 450 });
    }
  });
});
