import { randomBytes } from 'node:crypto';
import type { GraphqlApi } from './graphql-api';

/** Five questions a phone answers with one tap each, in one category. */
export const OPEN_EXAM_GIFT = [
  '$CATEGORY: top/Kỹ năng số/An toàn thông tin',
  '',
  '::Mật khẩu:: Nên dùng một mật khẩu cho mọi tài khoản. {FALSE}',
  '',
  '::Tin nhắn lạ:: Tin nhắn báo trúng thưởng kèm đường link lạ thường là gì? { =Lừa đảo ~Quà thật ~Tin của ngân hàng }',
  '',
  '::Cập nhật:: Cập nhật phần mềm giúp vá lỗ hổng bảo mật. {TRUE}',
  '',
  '::Mã OTP:: Ai được phép biết mã OTP của bạn? { =Chỉ bạn ~Nhân viên ngân hàng ~Người thân }',
  '',
  '::Wi-Fi công cộng:: Wi-Fi công cộng luôn an toàn để chuyển khoản. {FALSE}',
  '',
].join('\n');

/** Banks and exams open to every account ("Thi trực tuyến"), made over GraphQL by a trainer before the browser takes over. */
export function openExamsOf(api: GraphqlApi, tag: string) {
  /** A bank of the demo trainer holding the five questions above. */
  async function bankWithQuestions(token: string, gift = OPEN_EXAM_GIFT): Promise<string> {
    const { createQuestionBank } = await api.call<{ createQuestionBank: { id: string } }>(
      'mutation ($input: CreateQuestionBankInput!) { createQuestionBank(input: $input) { id } }',
      { input: { title: `An toàn thông tin ${tag} ${randomBytes(2).toString('hex')}` } },
      token,
    );
    await api.call('mutation ($input: ImportQuestionsInput!) { importQuestions(input: $input) { questions { id } } }', { input: { bankId: createQuestionBank.id, format: 'GIFT', content: gift } }, token);
    return createQuestionBank.id;
  }

  /** An exam open to every account ("Thi trực tuyến"): the five questions in bank order, 30 minutes. */
  async function openExam(token: string, bankId: string, title: string, questions = 5): Promise<string> {
    const { createExam } = await api.call<{ createExam: { id: string } }>(
      'mutation ($input: CreateExamInput!) { createExam(input: $input) { id } }',
      {
        input: {
          title,
          bankId,
          instructions: 'Chọn một đáp án cho mỗi câu.',
          rules: [{ category: null, count: questions }],
          timeLimitSeconds: 1800,
          maxAttempts: 2,
          shuffleQuestions: false,
          openToAll: true,
          reviewPolicy: { score: 'AFTER_SUBMIT', correctness: 'AFTER_SUBMIT', feedback: 'AFTER_SUBMIT', rightAnswers: 'AFTER_SUBMIT' },
        },
      },
      token,
    );
    return createExam.id;
  }

  return { bankWithQuestions, openExam };
}
