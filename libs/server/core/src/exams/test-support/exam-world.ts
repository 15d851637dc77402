import type { DataSource } from 'typeorm';
import type { Actor } from '../../access/actor';
import type { QuestionRecord } from '../../question-bank/question-record';
import { createTestOrgUnit, createTestUser } from '../../test-support/fixtures';
import type { ReviewPolicy } from '../exam-settings';
import { createTestBank, insertExamRow, testQuestion, type ExamRowOptions } from './exam-fixtures';

export interface TestPerson {
  id: string;
  email: string;
  actor: Actor;
}

/** Texts of the question bank that no learner may see before the review policy allows it. */
export const SECRET_TEXTS = {
  rightOption: 'Dùng mật khẩu dài và khác nhau',
  wrongOption: 'Dùng ngày sinh làm mật khẩu',
  rightFeedback: 'PHẢN HỒI ĐÚNG: mật khẩu dài khó đoán',
  wrongFeedback: 'PHẢN HỒI SAI: ngày sinh dễ đoán',
  generalFeedback: 'PHẢN HỒI CHUNG: luôn bật xác thực hai lớp',
  trueFalseFeedback: 'PHẢN HỒI ĐÚNG SAI: không mở đường dẫn lạ',
} as const;

/**
 * A district with a commune, a trainer who owns a bank of four questions (a single choice with feedback,
 * a true/false, a multiple choice and an essay), a co-author, another trainer, two learners of the commune,
 * a learner of another district, the commune's manager and an administrator (all with TEST_PASSWORD); and an exam of the four.
 */
export interface ExamWorld {
  district: { id: string; path: string };
  commune: { id: string; path: string };
  otherDistrict: { id: string; path: string };
  trainer: TestPerson;
  coAuthor: TestPerson;
  otherTrainer: TestPerson;
  learner: TestPerson;
  classmate: TestPerson;
  outsider: TestPerson;
  manager: TestPerson;
  admin: TestPerson;
  bankId: string;
  /** single choice, true/false, multiple choice, essay: in this order. */
  questions: QuestionRecord[];
  examId: string;
  createExam(options?: Partial<ExamRowOptions> & { reviewPolicy?: ReviewPolicy }): Promise<string>;
}

export async function createExamWorld(dataSource: DataSource, examOptions: Partial<ExamRowOptions> = {}): Promise<ExamWorld> {
  const district = await createTestOrgUnit(dataSource, { kind: 'DISTRICT' });
  const commune = await createTestOrgUnit(dataSource, { parent: district });
  const otherDistrict = await createTestOrgUnit(dataSource, { kind: 'DISTRICT' });
  const trainer = await createTestUser(dataSource, { roles: [{ role: 'TRAINER' }], fullName: 'Giảng Viên' });
  const coAuthor = await createTestUser(dataSource, { roles: [{ role: 'TRAINER' }] });
  const otherTrainer = await createTestUser(dataSource, { roles: [{ role: 'TRAINER' }] });
  const learner = await createTestUser(dataSource, { audience: 'OFFICIAL', orgUnitId: commune.id, fullName: 'Nguyễn Văn Học' });
  const classmate = await createTestUser(dataSource, { audience: 'OFFICIAL', orgUnitId: commune.id, fullName: 'Trần Thị Bạn' });
  const outsider = await createTestUser(dataSource, { audience: 'OFFICIAL', orgUnitId: otherDistrict.id });
  const manager = await createTestUser(dataSource, { audience: 'OFFICIAL', orgUnitId: district.id, roles: [{ role: 'UNIT_MANAGER', orgUnitId: district.id }] });
  const admin = await createTestUser(dataSource, { roles: [{ role: 'ADMIN' }] });
  const { bankId, questions } = await createTestBank(dataSource, trainer.id, [
    testQuestion({
      type: 'SINGLE_CHOICE',
      prompt: '<p>Cách nào giữ tài khoản an toàn?</p>',
      generalFeedback: SECRET_TEXTS.generalFeedback,
      options: [
        { text: SECRET_TEXTS.rightOption, fraction: 1, feedback: SECRET_TEXTS.rightFeedback },
        { text: SECRET_TEXTS.wrongOption, fraction: 0, feedback: SECRET_TEXTS.wrongFeedback },
      ],
    }),
    testQuestion({ type: 'TRUE_FALSE', prompt: 'Có nên mở đường dẫn lạ trong thư điện tử?', correctBoolean: false, falseFeedback: SECRET_TEXTS.trueFalseFeedback }),
    testQuestion({
      type: 'MULTIPLE_CHOICE',
      prompt: 'Chọn các dịch vụ công trực tuyến',
      defaultPoints: 2,
      options: [
        { text: 'Cổng dịch vụ công quốc gia', fraction: 0.5 },
        { text: 'Ứng dụng VNeID', fraction: 0.5 },
        { text: 'Trang tin giả mạo', fraction: -1 },
      ],
    }),
    testQuestion({ type: 'ESSAY', prompt: 'Trình bày kế hoạch chuyển đổi số của xã em', defaultPoints: 5 }),
  ]);
  await dataSource.query('INSERT INTO question_bank_member (bank_id, user_id) VALUES ($1, $2)', [bankId, coAuthor.id]);
  const createExam = (options: Partial<ExamRowOptions> = {}): Promise<string> =>
    insertExamRow(dataSource, { bankId, createdById: trainer.id, questionCount: questions.length, ...examOptions, ...options });
  return {
    district,
    commune,
    otherDistrict,
    trainer,
    coAuthor,
    otherTrainer,
    learner,
    classmate,
    outsider,
    manager,
    admin,
    bankId,
    questions,
    examId: await createExam(),
    createExam,
  };
}
