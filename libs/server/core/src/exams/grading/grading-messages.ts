import { defineMessages } from '../../i18n/translation';

/** Why a saved answer does not fit its question, and the texts of the review's right answers. */
export const GRADING_MESSAGES = defineMessages({
  'answer.optionsNotExpected': {
    vi: 'Câu hỏi này không được trả lời bằng cách chọn phương án',
    en: 'This question is not answered by choosing options',
  },
  'answer.textNotExpected': {
    vi: 'Câu hỏi này không được trả lời bằng một đoạn văn bản',
    en: 'This question is not answered with a text',
  },
  'answer.numberNotExpected': {
    vi: 'Câu hỏi này không được trả lời bằng một con số',
    en: 'This question is not answered with a number',
  },
  'answer.booleanNotExpected': {
    vi: 'Câu hỏi này không phải câu hỏi đúng/sai',
    en: 'This question is not a true/false question',
  },
  'answer.matchesNotExpected': {
    vi: 'Câu hỏi này không được trả lời bằng cách ghép cặp',
    en: 'This question is not answered by matching',
  },
  'answer.unknownOption': {
    vi: 'Phương án đã chọn không thuộc câu hỏi này',
    en: 'A chosen option is not one of this question’s',
  },
  'answer.duplicateOption': {
    vi: 'Một phương án được chọn hai lần',
    en: 'An option is chosen twice',
  },
  'answer.singleOptionOnly': {
    vi: 'Câu hỏi này chỉ được chọn một phương án (đã chọn {count})',
    en: 'This question takes one option only ({count} chosen)',
  },
  'answer.numberNotFinite': {
    vi: 'Câu trả lời phải là một con số hữu hạn',
    en: 'The answer must be a finite number',
  },
  'answer.textTooLong': {
    vi: 'Câu trả lời dài tối đa {max} ký tự (hiện có {length})',
    en: 'The answer has at most {max} characters (it has {length})',
  },
  'answer.unknownMatchPrompt': {
    vi: 'Một vế cần ghép không thuộc câu hỏi này',
    en: 'A part to match is not one of this question’s',
  },
  'answer.duplicateMatchPrompt': {
    vi: 'Một vế được ghép hai lần',
    en: 'A part is matched twice',
  },
  'answer.unknownMatchAnswer': {
    vi: 'Một đáp án được ghép không thuộc câu hỏi này',
    en: 'A matched answer is not one of this question’s',
  },
  'grading.rightAnswerIs': {
    vi: 'Đáp án đúng là: {answer}',
    en: 'The correct answer is: {answer}',
  },
  'grading.rightAnswersAre': {
    vi: 'Các đáp án đúng là: {answer}',
    en: 'The correct answers are: {answer}',
  },
  'grading.rightAnswerIsTrue': {
    vi: 'Đáp án đúng là “Đúng”.',
    en: 'The correct answer is ‘True’.',
  },
  'grading.rightAnswerIsFalse': {
    vi: 'Đáp án đúng là “Sai”.',
    en: 'The correct answer is ‘False’.',
  },
});
