import { defineMessages } from '../../i18n/translation';

/**
 * Why a GIFT, Moodle XML or Aiken input (or one question of it) could not be imported. The English texts
 * keep Moodle's wording where Moodle has one, so that a trainer finds the same messages.
 */
export const QUESTION_IMPORT_MESSAGES = defineMessages({
  'questionImport.tooLarge': {
    vi: 'Tệp có dung lượng {size} byte; mỗi lần nhập chỉ nhận tối đa {max} byte',
    en: 'The file is {size} bytes; the most one import accepts is {max} bytes (maxBytes)',
  },
  'questionImport.notUtf8': {
    vi: 'Tệp bạn chọn không dùng bảng mã UTF-8. Tệp định dạng {format} phải dùng bảng mã UTF-8.',
    en: 'The file you selected does not use UTF-8 character encoding. {format} format files must use UTF-8.',
  },
  'questionImport.tooManyQuestions': {
    vi: 'Tệp có hơn {max} câu hỏi, vượt quá số câu hỏi tối đa của một lần nhập',
    en: 'The file holds more than {max} questions, the most one import accepts',
  },

  // The rules a question must meet to be answerable (Moodle's save_question_options checks).
  'questionImport.tooFewChoices': { vi: 'Câu hỏi lựa chọn cần có ít nhất 2 phương án', en: 'A choice question needs at least 2 choices' },
  'questionImport.choiceGradeOutOfRange': {
    vi: 'Tỷ lệ điểm của phương án "{choice}" phải nằm trong khoảng từ -100% đến 100%',
    en: 'The grade of choice "{choice}" must be between -100% and 100%',
  },
  'questionImport.noFullMarksChoice': {
    vi: 'Phải có một phương án được 100% số điểm để có thể đạt điểm tối đa',
    en: 'One of the choices must be worth 100% so that full marks are possible',
  },
  'questionImport.positiveGradesBelowFull': {
    vi: 'Tổng các tỷ lệ điểm dương của câu hỏi nhiều đáp án phải đạt ít nhất 100% (hiện là {total}%)',
    en: 'The positive grades of a multiple-answer question must add up to at least 100% (they add up to {total}%)',
  },
  'questionImport.noAcceptedAnswer': {
    vi: 'Câu hỏi trả lời ngắn cần có ít nhất một đáp án được chấp nhận',
    en: 'A short-answer question needs at least one accepted answer',
  },
  'questionImport.emptyAcceptedAnswer': { vi: 'Có một đáp án được chấp nhận đang để trống', en: 'An accepted answer is empty' },
  'questionImport.noFullMarksAnswer': {
    vi: 'Phải có một đáp án được 100% số điểm để có thể đạt điểm tối đa',
    en: 'One of the answers must be worth 100% so that full marks are possible',
  },
  'questionImport.noNumericAnswer': {
    vi: 'Câu hỏi dạng số cần có ít nhất một đáp án là số',
    en: 'A numeric question needs at least one numeric answer',
  },
  'questionImport.tooFewPairsWithPrompt': {
    vi: 'Câu hỏi ghép đôi cần có ít nhất 2 cặp có vế câu hỏi',
    en: 'A matching question needs at least 2 pairs with a question part',
  },
  'questionImport.emptyMatchAnswer': { vi: 'Có một vế trả lời của câu hỏi ghép đôi đang để trống', en: 'A matching answer is empty' },
  'questionImport.trueFalseMissing': { vi: 'Chưa có đáp án đúng (Đúng hoặc Sai)', en: 'The right answer (true or false) is missing' },
  'questionImport.emptyText': { vi: 'Nội dung câu hỏi đang để trống', en: 'The question text is empty' },

  // GIFT
  'questionImport.gift.inQuestion': { vi: '{problem} (câu hỏi: {excerpt})', en: '{problem}: {excerpt}' },
  'questionImport.gift.noAnswerBlock': {
    vi: 'Không tìm thấy khối {…} bao quanh các đáp án (hãy kiểm tra dấu ngoặc nhọn, hoặc viết \\{ \\} nếu đó là ký tự thường)',
    en: 'Could not find a {…} block around the answers (check the braces, or escape them as \\{ \\})',
  },
  'questionImport.gift.unescapedBrace': {
    vi: 'Khối đáp án có dấu "{" chưa được viết thành \\{',
    en: 'An answer block contains an unescaped "{"',
  },
  'questionImport.gift.noShortAnswer': {
    vi: 'Câu hỏi trả lời ngắn cần có ít nhất một đáp án',
    en: 'A short-answer question needs at least one answer',
  },
  'questionImport.gift.noNumericAnswer': { vi: 'Không tìm thấy đáp án nào cho câu hỏi dạng số', en: 'No answers found for the numeric question' },
  'questionImport.gift.tooFewPairs': { vi: 'Câu hỏi ghép đôi cần có ít nhất 2 cặp', en: 'A matching question needs at least 2 pairs' },
  'questionImport.gift.pairWithoutArrow': { vi: 'Cặp ghép "{pair}" thiếu dấu "->"', en: 'Matching pair "{pair}" has no "->"' },
  'questionImport.gift.notANumber': {
    vi: '"{value}" không phải là số (hãy viết theo dạng -1.234 hoặc 3e8)',
    en: '"{value}" is not a number (write it like -1.234 or 3e8)',
  },

  // Moodle XML
  'questionImport.xml.unsafe': {
    vi: 'Tệp XML có khai báo DOCTYPE hoặc ENTITY; hệ thống từ chối các khai báo này vì lý do an toàn (chúng có thể đọc tệp trên máy chủ hoặc mở rộng không giới hạn)',
    en: 'The XML file declares a DOCTYPE or ENTITY; these are refused for safety (they can read server files or expand without limit)',
  },
  'questionImport.xml.malformed': {
    vi: 'Tệp không phải là XML hợp lệ (lỗi ở dòng {line})',
    en: 'The file is not well-formed XML (line {line})',
  },
  'questionImport.xml.tooDeep': {
    vi: 'Tệp XML lồng các phần tử sâu quá {max} cấp (dòng {line})',
    en: 'The XML file nests elements more than {max} levels deep (line {line})',
  },
  'questionImport.xml.notQuiz': {
    vi: 'Đây không phải là tệp Moodle XML: phần tử gốc phải là <quiz>',
    en: 'This is not a Moodle XML file: the root element must be <quiz>',
  },
  'questionImport.xml.error': { vi: 'Lỗi khi nhập câu hỏi: {problem}', en: 'Error importing question: {problem}' },
  'questionImport.xml.inQuestion': { vi: 'Câu hỏi "{name}": {problem}', en: 'Question "{name}": {problem}' },
  'questionImport.xml.unsupportedType': {
    vi: 'Không hỗ trợ loại câu hỏi "{type}"; các loại được hỗ trợ: {supported}',
    en: 'Question type "{type}" is not supported; supported types are {supported}',
  },
  'questionImport.xml.unsupportedTypeOfQuestion': {
    vi: 'Không hỗ trợ loại câu hỏi "{type}" của câu hỏi "{name}"; các loại được hỗ trợ: {supported}',
    en: 'Question type "{type}" of question "{name}" is not supported; supported types are {supported}',
  },
  'questionImport.xml.noType': { vi: '(không có)', en: '(none)' },
  'questionImport.xml.answerNotANumber': { vi: 'đáp án "{value}" không phải là số', en: 'the answer "{value}" is not a number' },
  'questionImport.xml.toleranceNotANumber': { vi: 'sai số "{value}" không phải là số', en: 'the tolerance "{value}" is not a number' },
  'questionImport.xml.gradeNotANumber': {
    vi: 'Tỷ lệ điểm "{value}" của đáp án không phải là số',
    en: 'The answer grade "{value}" is not a number',
  },
  'questionImport.xml.badBase64': {
    vi: 'Tệp đính kèm "{name}" không phải là dữ liệu base64 hợp lệ',
    en: 'The embedded file "{name}" is not valid base64',
  },

  // Aiken
  'questionImport.aiken.notStarted': { vi: 'Chưa có câu hỏi nào trước dòng {line}', en: 'Question not started on line {line}' },
  'questionImport.aiken.error': { vi: 'Lỗi khi nhập câu hỏi {name}: {problem}', en: 'Error importing question {name}: {problem}' },
  'questionImport.aiken.tooFewAnswers': {
    vi: 'Câu hỏi phải có ít nhất 2 phương án (dòng {line})',
    en: 'Question must have at least 2 answers on line {line}',
  },
  'questionImport.aiken.answerNotAChoice': {
    vi: 'đáp án "{letter}" ở dòng {line} không thuộc các phương án đã cho',
    en: 'the answer "{letter}" on line {line} is not one of the choices',
  },
  'questionImport.aiken.notCompleted': {
    vi: 'Câu hỏi chưa kết thúc (thiếu dòng ANSWER:) trước khi câu hỏi tiếp theo bắt đầu ở dòng {line}',
    en: 'Question not completed before next question start on line {line}',
  },
  'questionImport.aiken.notCompletedAtEnd': {
    vi: 'Câu hỏi chưa kết thúc trước cuối tệp (thiếu dòng ANSWER:)',
    en: 'Question not completed before the end of the file (no ANSWER: line)',
  },
});
