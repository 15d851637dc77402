import type { DataSource } from 'typeorm';
import { computeAttemptDeadline } from '../exams/attempt-deadline';
import { loadEffectiveSettings } from '../exams/exam-effective-settings';
import { ExamEntity } from '../exams/exam.entity';

/**
 * A small bank for the exam tests: "Kỹ năng số" holds 2 questions of its own and 3 in its subcategory
 * "An toàn thông tin"; "Dịch vụ công" holds a true/false question, an essay and a description (which no exam
 * draws). 7 questions an exam can draw in all.
 */
export const EXAM_TEST_BANK_GIFT = `$CATEGORY: $course$/top/Kỹ năng số

::Thư điện tử::Thư điện tử dùng để làm gì?{=Gửi thư qua mạng ~Gọi điện ~Xem truyền hình}

::Trình duyệt::Chrome là một trình duyệt web.{TRUE}

$CATEGORY: $course$/top/Kỹ năng số/An toàn thông tin

::Mật khẩu::Mật khẩu nào mạnh nhất?{=Tr0ng-Ph@i-2026 ~123456 ~matkhau}

::Lừa đảo::Nên bấm vào đường link lạ trong tin nhắn?{FALSE}

::Mã OTP::Có nên đưa mã OTP cho người khác?{FALSE}

$CATEGORY: $course$/top/Dịch vụ công

::Cổng DVC::Cổng dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn.{TRUE}

::Tự luận::Trình bày lợi ích của dịch vụ công trực tuyến.{}

::Mô tả::Phần II\\: Dịch vụ công.
`;

/**
 * An attempt as a start would write it (deadline from the learner's effective settings), without drawing
 * questions: in progress, or graded at `scorePercent`. For tests of what moves deadlines, grades or lists attempts.
 */
export async function insertTestAttempt(
  dataSource: DataSource,
  options: { examId: string; userId: string; startedAt?: Date; number?: number; orgUnitId?: string | null; scorePercent?: number },
): Promise<{ id: string; deadline: Date | null; acceptsUntil: Date | null; timeMultiplier: number }> {
  const exam = await dataSource.getRepository(ExamEntity).findOneByOrFail({ id: options.examId });
  const settings = await loadEffectiveSettings(dataSource.manager, exam, options.userId);
  const startedAt = options.startedAt ?? new Date();
  const { deadline, acceptsUntil } = computeAttemptDeadline({
    startedAt,
    timeLimitSeconds: exam.timeLimitSeconds,
    timeMultiplier: settings.timeMultiplier,
    closesAt: settings.closesAt,
    extensionSeconds: 0,
    graceSeconds: exam.graceSeconds,
  });
  const [{ id }]: Array<{ id: string }> = await dataSource.query(
    `INSERT INTO exam_attempt (exam_id, user_id, number, org_unit_id, started_at, time_multiplier, deadline, accepts_until, slots, max_points)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '[]', $9) RETURNING id`,
    [exam.id, options.userId, options.number ?? 1, options.orgUnitId ?? null, startedAt, settings.timeMultiplier, deadline, acceptsUntil, exam.questionCount],
  );
  if (options.scorePercent !== undefined) {
    await dataSource.query(
      `UPDATE exam_attempt SET state = 'GRADED', submitted_at = started_at + interval '1 minute', graded_at = started_at + interval '1 minute',
              score_percent = $2, score_points = $2 * max_points / 100, passed = $2 >= $3 WHERE id = $1`,
      [id, options.scorePercent, exam.passPercent],
    );
  }
  return { id, deadline, acceptsUntil, timeMultiplier: settings.timeMultiplier };
}
