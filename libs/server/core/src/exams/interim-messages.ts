import { defineMessages } from '../i18n/translation';

/**
 * Interim: the texts of reason keys that the grader (grading/grading-messages.ts, built alongside) owns.
 * Removed when it lands; the keys and texts are its own.
 */
export const INTERIM_MESSAGES = defineMessages({
  'answer.optionsNotExpected': { vi: 'Câu hỏi này không được trả lời bằng cách chọn phương án', en: 'This question is not answered by choosing options' },
  'answer.textNotExpected': { vi: 'Câu hỏi này không được trả lời bằng một đoạn văn bản', en: 'This question is not answered with a text' },
  'answer.numberNotExpected': { vi: 'Câu hỏi này không được trả lời bằng một con số', en: 'This question is not answered with a number' },
  'answer.booleanNotExpected': { vi: 'Câu hỏi này không phải câu hỏi đúng/sai', en: 'This question is not a true/false question' },
  'answer.matchesNotExpected': { vi: 'Câu hỏi này không được trả lời bằng cách ghép cặp', en: 'This question is not answered by matching' },
  'answer.unknownOption': { vi: 'Phương án đã chọn không thuộc câu hỏi này', en: 'A chosen option is not one of this question’s' },
  'answer.duplicateOption': { vi: 'Một phương án được chọn hai lần', en: 'An option is chosen twice' },
  'answer.singleOptionOnly': {
    vi: 'Câu hỏi này chỉ được chọn một phương án (đã chọn {count})',
    en: 'This question takes one option only ({count} chosen)',
  },
  'answer.numberNotFinite': { vi: 'Câu trả lời phải là một con số hữu hạn', en: 'The answer must be a finite number' },
  'answer.textTooLong': {
    vi: 'Câu trả lời dài tối đa {max} ký tự (hiện có {length})',
    en: 'The answer has at most {max} characters (it has {length})',
  },
  'answer.unknownMatchPrompt': { vi: 'Một vế cần ghép không thuộc câu hỏi này', en: 'A part to match is not one of this question’s' },
  'answer.duplicateMatchPrompt': { vi: 'Một vế được ghép hai lần', en: 'A part is matched twice' },
  'answer.unknownMatchAnswer': { vi: 'Một đáp án được ghép không thuộc câu hỏi này', en: 'A matched answer is not one of this question’s' },
});
