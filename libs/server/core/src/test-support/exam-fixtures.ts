import { computeAttemptDeadline } from '../exams/attempt-deadline';
import { loadEffectiveSettings } from '../exams/exam-effective-settings';
import { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from '../exams/exam-settings';
import { ExamEntity } from '../exams/exam.entity';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { QuestionImportService } from '../question-bank/question-import.service';
import { createTestUser } from './fixtures';
import type { TestingContext } from './testing-context';
import type { DataSource } from 'typeorm';

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

/** One of each type a learner answers, in two categories (`top/Đề/A` holds four, `top/Đề/B` three). */
export const EXAM_TEST_GIFT = `$CATEGORY: top/Đề/A

::Một::Thủ đô của Việt Nam? {=Hà Nội ~Huế ~Đà Nẵng}

::Nhiều::Chọn dịch vụ công trực tuyến {~%50%Cấp đổi CCCD ~%50%Đăng ký khai sinh ~%-100%Đi chợ}

::Đúng sai::Chữ ký số có giá trị pháp lý.{TRUE}

::Ngắn::Viết tắt của Ủy ban nhân dân?{=UBND}

$CATEGORY: top/Đề/B

::Số::Năm thành lập nước?{#1945:0}

::Ghép::Ghép cơ quan với chức năng{
  =UBND -> Quản lý
  =Sở TT&TT -> Thông tin
  =Công an -> An ninh
}

::Tự luận::Trình bày lợi ích của chuyển đổi số.{}

::Mô tả::Phần sau nói về an toàn thông tin.
`;

export interface TestExamOptions {
  /** Rules in order: a category path (null: the whole bank) and how many to draw. */
  rules?: Array<{ category: string | null; count: number; points?: number | null }>;
  timeLimitSeconds?: number | null;
  maxAttempts?: number | null;
  attemptDelaySeconds?: number;
  graceSeconds?: number;
  opensAt?: Date | null;
  closesAt?: Date | null;
  openToAll?: boolean;
  shuffleQuestions?: boolean;
  shuffleOptions?: boolean;
  passPercent?: number;
  reviewPolicy?: ReviewPolicy;
  /** GIFT of the bank; EXAM_TEST_GIFT by default. */
  gift?: string;
}

export interface TestExam {
  examId: string;
  bankId: string;
  owner: Awaited<ReturnType<typeof createTestUser>>;
}

/** A bank of its own (imported from GIFT) owned by a new trainer, and an exam on it, written as its rows. */
export async function createTestExam(ctx: Pick<TestingContext, 'dataSource' | 'get'>, options: TestExamOptions = {}): Promise<TestExam> {
  const db: DataSource = ctx.dataSource;
  const owner = await createTestUser(db, { roles: [{ role: 'TRAINER' }] });
  const { bank } = await ctx.get(QuestionBankService).create(owner.actor, { title: 'Ngân hàng đề thi' });
  await ctx.get(QuestionImportService).import(owner.actor, { bankId: bank.id, format: 'GIFT', content: options.gift ?? EXAM_TEST_GIFT });
  const rules = options.rules ?? [{ category: null, count: 7 }];
  const [{ id: examId }]: Array<{ id: string }> = await db.query(
    `INSERT INTO exam (bank_id, title, time_limit_seconds, max_attempts, attempt_delay_seconds, grace_seconds, opens_at, closes_at,
                       open_to_all, shuffle_questions, shuffle_options, pass_percent, review_policy, question_count, created_by_id)
     VALUES ($1, 'Bài thi thử', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
    [
      bank.id,
      options.timeLimitSeconds === undefined ? 1800 : options.timeLimitSeconds,
      options.maxAttempts ?? null,
      options.attemptDelaySeconds ?? 0,
      options.graceSeconds ?? 0,
      options.opensAt ?? null,
      options.closesAt ?? null,
      options.openToAll ?? true,
      options.shuffleQuestions ?? false,
      options.shuffleOptions ?? false,
      options.passPercent ?? 50,
      JSON.stringify(options.reviewPolicy ?? DEFAULT_REVIEW_POLICY),
      rules.reduce((sum, rule) => sum + rule.count, 0),
      owner.id,
    ],
  );
  for (const [position, rule] of rules.entries()) {
    await db.query(
      `INSERT INTO exam_rule (exam_id, position, category_id, count, points)
       VALUES ($1, $2, (SELECT id FROM question_category WHERE bank_id = $3 AND path = $4), $5, $6)`,
      [examId, position, bank.id, rule.category, rule.count, rule.points ?? null],
    );
  }
  return { examId, bankId: bank.id, owner };
}
