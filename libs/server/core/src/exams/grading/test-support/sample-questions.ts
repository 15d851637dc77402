import type { QuestionContent } from '../../../question-bank/question-content';
import type { QuestionType } from '../../../question-bank/question-draft';

const BASE: Pick<QuestionContent, 'promptFormat' | 'options' | 'numericAnswers' | 'matchPairs' | 'defaultPoints'> = {
  promptFormat: 'html',
  options: [],
  numericAnswers: [],
  matchPairs: [],
  defaultPoints: 1,
};
const COMBINED = { correctFeedback: 'Chính xác!', partiallyCorrectFeedback: 'Đúng một phần.', incorrectFeedback: 'Chưa đúng.' };

/** One question of each type with feedback everywhere, for the grading tests. */
export const SAMPLE_QUESTIONS: Record<QuestionType, QuestionContent> = {
  SINGLE_CHOICE: {
    ...BASE,
    ...COMBINED,
    type: 'SINGLE_CHOICE',
    prompt: '<p>Thủ phủ của tỉnh Bến Tre?</p>',
    generalFeedback: 'Bến Tre là thủ phủ.',
    options: [
      { id: 'a', text: '<b>Bến Tre</b>', fraction: 1, feedback: 'Đúng rồi.' },
      { id: 'b', text: 'Mỏ Cày', fraction: -0.5, feedback: 'Mỏ Cày là một huyện.' },
      { id: 'c', text: 'Ba Tri', fraction: 0 },
    ],
  },
  MULTIPLE_CHOICE: {
    ...BASE,
    ...COMBINED,
    type: 'MULTIPLE_CHOICE',
    prompt: 'Chọn các mật khẩu mạnh',
    showNumCorrect: true,
    options: [
      { id: 'a', text: 'X7#qLm9!', fraction: 0.5, feedback: 'Mạnh.' },
      { id: 'b', text: 'Tr0ng-Xanh-42', fraction: 0.5 },
      { id: 'c', text: '123456', fraction: -1, feedback: 'Quá yếu.' },
      { id: 'd', text: 'matkhau', fraction: 0 },
    ],
  },
  TRUE_FALSE: {
    ...BASE,
    type: 'TRUE_FALSE',
    prompt: 'Không nên chia sẻ mã OTP.',
    correctBoolean: true,
    trueFeedback: 'Đúng: OTP là bí mật.',
    falseFeedback: 'Sai: ai có OTP sẽ vào được tài khoản.',
    generalFeedback: 'OTP chỉ dùng một lần.',
  },
  SHORT_ANSWER: {
    ...BASE,
    type: 'SHORT_ANSWER',
    prompt: 'Thủ đô của Việt Nam?',
    caseSensitive: false,
    options: [
      { id: 'a', text: 'Hà Nội', fraction: 1, feedback: 'Chính xác.' },
      { id: 'b', text: 'Ha*Noi', fraction: 0.8, feedback: 'Nhớ viết dấu.' },
      { id: 'c', text: '*', fraction: 0, feedback: 'Không phải.' },
    ],
  },
  NUMERIC: {
    ...BASE,
    type: 'NUMERIC',
    prompt: 'Số pi, làm tròn hai chữ số?',
    numericAnswers: [
      { value: 3.14, tolerance: 0.005, fraction: 1, feedback: 'Đúng.' },
      { value: 3, tolerance: 0.5, fraction: 0.5, feedback: 'Gần đúng.' },
    ],
    numericCatchAll: { fraction: 0, feedback: 'Xa quá.' },
  },
  MATCHING: {
    ...BASE,
    ...COMBINED,
    type: 'MATCHING',
    prompt: 'Ghép con vật với lớp của nó',
    showNumCorrect: true,
    matchPairs: [
      { prompt: '<i>Chó</i>', answer: 'Thú' },
      { prompt: 'Ếch', answer: 'Lưỡng cư' },
      { prompt: 'Mèo', answer: 'Thú' },
      { prompt: '', answer: 'Côn trùng' },
    ],
  },
  ESSAY: { ...BASE, type: 'ESSAY', prompt: 'Trình bày lợi ích của chuyển đổi số.', generalFeedback: 'Xem bài 3.' },
  DESCRIPTION: { ...BASE, type: 'DESCRIPTION', prompt: 'Phần 2: An toàn thông tin', defaultPoints: 0, generalFeedback: 'Đọc kỹ.' },
};
