import { DemoSeedService } from '../seed/demo-seed.service';
import { SeedModule } from '../seed/seed.module';
import { createTestingContext, type TestingContext } from '../test-support/testing-context';
import { CourseReadService } from './course-read.service';
import { CoursesModule } from './courses.module';

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
    const banks: Array<{ title: string; owner: string; questions: number }> = await ctx.dataSource.query(
      `SELECT b.title, u.email AS owner, (SELECT count(*)::int FROM question q WHERE q.bank_id = b.id) AS questions
         FROM question_bank b JOIN app_user u ON u.id = b.owner_id WHERE u.email = 'trainer@demo.hocso.vn'`,
    );
    expect(banks).toEqual([{ title: 'Kỹ năng số cơ bản (mẫu)', owner: 'trainer@demo.hocso.vn', questions: 12 }]);

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
});
