// Bulk-inserts N published courses (3 modules × 3 lessons each, with their published version) for benchmarks.
// Standalone: DATABASE_URL=postgres://… node -r @swc-node/register tools/bench/seed-courses.ts [count]
import { Client } from 'pg';

const TOPICS = [
  'An toàn thông tin', 'Chữ ký số', 'Dịch vụ công trực tuyến', 'Thương mại điện tử', 'Phân tích dữ liệu',
  'Chính quyền số', 'Kinh tế số', 'Xã hội số', 'Thanh toán không dùng tiền mặt', 'Bảo vệ dữ liệu cá nhân',
  'Quản lý văn bản điện tử', 'Trí tuệ nhân tạo', 'Điện toán đám mây', 'Kỹ năng số', 'Chuyển đổi số nông nghiệp',
  'Quản lý quan hệ khách hàng', 'Bảng tính nâng cao', 'Họp trực tuyến', 'Mạng xã hội an toàn', 'Nông sản trên sàn số',
];
const LEVELS = ['cơ bản', 'nâng cao', 'cho cán bộ xã', 'cho doanh nghiệp', 'cho người dân', 'thực hành', 'chuyên sâu', 'cho lãnh đạo'];

/** Inserts `count` published courses in a handful of set-based statements; returns their ids. */
export async function seedBenchCourses(client: Client, count = 10_000): Promise<string[]> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO course (code, title, summary, hours, status, submitted_at)
       SELECT 'BENCH-' || lpad(i::text, 6, '0'),
              ($1::text[])[1 + i % array_length($1::text[], 1)] || ' ' || ($2::text[])[1 + (i / 20) % array_length($2::text[], 1)] || ' ' || i,
              'Khóa học số ' || i || ' về ' || lower(($1::text[])[1 + (i * 7) % array_length($1::text[], 1)]) || ' và ' ||
                lower(($1::text[])[1 + (i * 13) % array_length($1::text[], 1)]) || ' dành cho học viên trong tỉnh.',
              1 + i % 12, 'PUBLISHED', now()
         FROM generate_series(1, $3::int) AS i
       RETURNING id`,
      [TOPICS, LEVELS, count],
    );
    await client.query(
      `INSERT INTO course_module (course_id, title, position)
       SELECT c.id, 'Chương ' || m, m FROM course c CROSS JOIN generate_series(1, 3) AS m WHERE c.code LIKE 'BENCH-%'`,
    );
    await client.query(
      `INSERT INTO lesson (module_id, course_id, title, kind, position, body, video_url, transcript, required)
       SELECT m.id, m.course_id, 'Bài ' || m.position || '.' || l, CASE WHEN l = 2 THEN 'VIDEO' ELSE 'TEXT' END, l,
              CASE WHEN l = 2 THEN NULL ELSE '## Nội dung bài ' || l || E'\\n\\nĐọc kỹ **hướng dẫn** và làm bài tập.' END,
              CASE WHEN l = 2 THEN 'https://video.hocso.vn/bench/' || m.id || '.mp4' END,
              CASE WHEN l = 2 THEN 'Lời thoại của video bài ' || l END, true
         FROM course_module m JOIN course c ON c.id = m.course_id AND c.code LIKE 'BENCH-%' CROSS JOIN generate_series(1, 3) AS l`,
    );
    await client.query(
      `INSERT INTO course_version (course_id, version, snapshot, lesson_ids, required_lesson_ids)
       SELECT c.id, 1,
              jsonb_build_object('modules', (
                SELECT jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title, 'position', m.position, 'lessons', (
                  SELECT jsonb_agg(jsonb_build_object('id', l.id, 'title', l.title, 'kind', l.kind, 'position', l.position, 'body', l.body,
                           'videoUrl', l.video_url, 'transcript', l.transcript, 'fileId', NULL, 'file', NULL, 'examId', NULL, 'required', l.required)
                           ORDER BY l.position)
                    FROM lesson l WHERE l.module_id = m.id)) ORDER BY m.position)
                  FROM course_module m WHERE m.course_id = c.id)),
              (SELECT array_agg(l.id) FROM lesson l WHERE l.course_id = c.id),
              (SELECT array_agg(l.id) FROM lesson l WHERE l.course_id = c.id AND l.required)
         FROM course c WHERE c.code LIKE 'BENCH-%'`,
    );
    await client.query(
      `UPDATE course c SET live_version_id = v.id, published_at = v.published_at
         FROM course_version v WHERE v.course_id = c.id AND c.code LIKE 'BENCH-%'`,
    );
    await client.query(
      `INSERT INTO course_track (course_id, track_id, position, mandatory)
       SELECT c.id, t.id, row_number() OVER (PARTITION BY t.id ORDER BY c.code), false
         FROM course c JOIN track t ON t.position = 1 + (substr(c.code, 7)::int % 4)
        WHERE c.code LIKE 'BENCH-%'`,
    );
    await client.query('COMMIT');
    await client.query('ANALYZE');
    return rows.map((row) => row.id);
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

if (require.main === module) {
  const client = new Client({ connectionString: process.env['DATABASE_URL'] });
  const started = Date.now();
  client
    .connect()
    .then(() => seedBenchCourses(client, Number(process.argv[2] ?? 10_000)))
    .then((ids) => console.log(`Seeded ${ids.length} courses in ${((Date.now() - started) / 1000).toFixed(1)} s`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => client.end());
}
