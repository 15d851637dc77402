import { defineMessages } from '../i18n/translation';

/** Question banks, their sharing, and the questions edited in them. */
export const QUESTION_BANK_MESSAGES = defineMessages({
  'questionBank.notFound': { vi: 'Không tìm thấy ngân hàng câu hỏi "{id}"', en: 'Question bank "{id}" was not found' },
  'questionBank.questionNotFound': { vi: 'Không tìm thấy câu hỏi "{id}"', en: 'Question "{id}" was not found' },
  'questionBank.createForbidden': {
    vi: 'Chỉ giảng viên hoặc quản trị viên mới được tạo ngân hàng câu hỏi',
    en: 'Only a trainer or an administrator can create a question bank',
  },
  'questionBank.belongsToAnother': {
    vi: 'Ngân hàng câu hỏi này thuộc về giảng viên khác; hãy đề nghị chủ sở hữu chia sẻ với bạn',
    en: 'This question bank belongs to another trainer; ask its owner to share it with you',
  },
  'questionBank.ownerOnlyShares': {
    vi: 'Chỉ chủ sở hữu ngân hàng câu hỏi mới được chia sẻ ngân hàng này',
    en: 'Only the owner of this question bank can share it',
  },
  'questionBank.alreadyOwner': { vi: 'Người này đã là chủ sở hữu ngân hàng câu hỏi', en: 'This person already owns the question bank' },
  'questionBank.cannotRemoveOwner': {
    vi: 'Không thể gỡ chủ sở hữu khỏi ngân hàng câu hỏi của mình',
    en: 'The owner cannot be removed from their question bank',
  },
  'questionBank.shareEmailRequired': { vi: 'Hãy nhập email của người được chia sẻ', en: 'Enter the email of the person to share with' },
  'questionBank.titleRequired': { vi: 'Ngân hàng câu hỏi cần có tiêu đề', en: 'The question bank needs a title' },
  'questionBank.titleTooLong': { vi: 'Tiêu đề có tối đa {max} ký tự', en: 'The title must have at most {max} characters' },
  'questionBank.typeRequired': { vi: 'Hãy chọn loại câu hỏi', en: 'Choose the type of the question' },
  'questionBank.typeUnknown': { vi: 'Không có loại câu hỏi "{type}"', en: 'Unknown question type "{type}"' },
  'questionBank.textFormatUnknown': { vi: 'Không có định dạng văn bản "{format}"', en: 'Unknown text format "{format}"' },
  'questionBank.numericValueInvalid': { vi: 'Đáp án phải là một số', en: 'The answer must be a number' },
  'questionBank.toleranceNegative': { vi: 'Sai số cho phép phải lớn hơn hoặc bằng 0', en: 'The tolerance must be zero or more' },
  'questionBank.defaultPointsNegative': { vi: 'Điểm mặc định phải lớn hơn hoặc bằng 0', en: 'The default points must be zero or more' },
  'questionBank.penaltyOutOfRange': { vi: 'Mức trừ điểm phải nằm trong khoảng từ 0 đến 1', en: 'The penalty must be between 0 and 1' },
  'questionBank.gradeOutOfRange': {
    vi: 'Tỷ lệ điểm phải nằm trong khoảng từ -100% đến 100% (-1..1)',
    en: 'A grade must be between -100% and 100% (-1..1)',
  },
  'questionBank.importFormatUnknown': { vi: 'Không có định dạng "{format}"', en: 'Unknown format "{format}"' },
  'questionBank.exportFormatParameter': {
    vi: 'Tham số format phải là gift, moodle_xml hoặc aiken',
    en: 'format must be gift, moodle_xml or aiken',
  },
  'questionBank.exportSelectionTooLarge': {
    vi: 'Chỉ chọn được tối đa {max} câu hỏi để xuất; hãy xuất cả ngân hàng hoặc một danh mục',
    en: 'At most {max} questions can be chosen for an export; export the bank or a category instead',
  },
  'questionBank.exportSelectionUnknown': {
    vi: 'Có câu hỏi được chọn không thuộc ngân hàng này',
    en: 'Some of the chosen questions are not in this bank',
  },
  'questionBank.aikenSkip.notSingleChoice': {
    vi: 'Định dạng Aiken chỉ chứa câu hỏi một lựa chọn',
    en: 'Aiken holds single-choice questions only',
  },
  'questionBank.aikenSkip.notOneRightAnswer': {
    vi: 'Định dạng Aiken cần đúng một đáp án đúng hoàn toàn, các đáp án khác 0 điểm',
    en: 'Aiken needs exactly one fully right answer, the others worth nothing',
  },
  'questionBank.aikenSkip.choiceCount': {
    vi: 'Định dạng Aiken cần từ 2 đến 26 lựa chọn (A đến Z)',
    en: 'Aiken needs 2 to 26 choices (A to Z)',
  },
  'questionBank.aikenSkip.emptyText': {
    vi: 'Câu hỏi hoặc lựa chọn trống, hoặc câu hỏi bắt đầu như một lựa chọn ("A)") hay "ANSWER:"',
    en: 'An empty question or choice, or a question that starts like a choice ("A)") or "ANSWER:"',
  },
});
