/**
 * The demo exams, drawn from the demo question bank by category: a public digital-skills test ("Thi trực
 * tuyến", open to every account) and the final exam of the open course. Seeded idempotently by bank and title.
 *
 * Pure data: imports nothing.
 */
export interface DemoExamSeed {
  title: string;
  /** The demo bank the rules draw from, by title. */
  bankTitle: string;
  instructions: string;
  rules: Array<{ category: string; count: number }>;
  timeLimitSeconds: number;
  maxAttempts: number | null;
  graceSeconds: number;
  openToAll: boolean;
}

const DEMO_BANK = 'Kỹ năng số cơ bản (mẫu)';

export const PUBLIC_DEMO_EXAM_TITLE = 'Kiểm tra kỹ năng số cơ bản';
export const COURSE_DEMO_EXAM_TITLE = 'Bài kiểm tra cuối khóa: Chuyển đổi số cơ bản';

export const DEMO_EXAMS: DemoExamSeed[] = [
  {
    title: PUBLIC_DEMO_EXAM_TITLE,
    bankTitle: DEMO_BANK,
    instructions:
      'Bài kiểm tra gồm 10 câu hỏi ngẫu nhiên về an toàn thông tin, dịch vụ công trực tuyến và sử dụng thiết bị số, làm trong 20 phút. ' +
      'Câu trả lời được lưu ngay khi bạn chọn, kể cả khi mạng chập chờn; hết giờ, bài được nộp tự động. Đạt từ 50% số điểm trở lên.',
    rules: [{ category: 'top/Kỹ năng số', count: 10 }],
    timeLimitSeconds: 20 * 60,
    maxAttempts: 3,
    graceSeconds: 30,
    openToAll: true,
  },
  {
    title: COURSE_DEMO_EXAM_TITLE,
    bankTitle: DEMO_BANK,
    instructions: 'Năm câu hỏi về những gì khóa học đã trình bày, làm trong 15 phút. Đạt từ 50% số điểm trở lên thì hoàn thành khóa học.',
    rules: [
      { category: 'top/Kỹ năng số/Dịch vụ công trực tuyến', count: 3 },
      { category: 'top/Kỹ năng số/An toàn thông tin', count: 2 },
    ],
    timeLimitSeconds: 15 * 60,
    maxAttempts: null,
    graceSeconds: 30,
    openToAll: false,
  },
];
