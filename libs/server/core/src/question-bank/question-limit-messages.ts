import { defineMessages } from '../i18n/translation';

/** Why a question or a category is refused for its size (editor and imports alike). */
export const QUESTION_LIMIT_MESSAGES = defineMessages({
  'question.textTooLong': {
    vi: '{field} dài tối đa {max} ký tự (hiện có {length})',
    en: '{field} has at most {max} characters (it has {length})',
  },
  'question.tooLarge': {
    vi: 'Toàn bộ nội dung của một câu hỏi dài tối đa {max} ký tự (hiện có {length})',
    en: 'All the texts of one question together have at most {max} characters (they have {length})',
  },
  'question.tooManyItems': {
    vi: '{field}: tối đa {max} mục trong một câu hỏi (hiện có {count})',
    en: '{field}: at most {max} items in one question (it has {count})',
  },
  'questionBank.exportTooLarge': {
    vi: 'Bản xuất dài {length} ký tự, vượt quá {max} ký tự có thể trả về trong một câu trả lời; hãy xuất từng danh mục hoặc tải tệp qua /question-banks/{bankId}/export',
    en: 'The export has {length} characters, more than the {max} one answer can carry; export one category at a time or download it from /question-banks/{bankId}/export',
  },
  'questionCategory.tooLong': {
    vi: 'Đường dẫn danh mục dài tối đa {max} ký tự (hiện có {length})',
    en: 'A category path has at most {max} characters (this one has {length})',
  },
  'questionCategory.tooManyBytes': {
    vi: 'Đường dẫn danh mục chiếm tối đa {max} byte khi lưu (đường dẫn này chiếm {bytes} byte); hãy rút ngắn tên các danh mục',
    en: 'A category path takes at most {max} bytes when stored (this one takes {bytes}); shorten the category names',
  },
  'questionCategory.tooDeep': {
    vi: 'Danh mục lồng nhau tối đa {max} cấp dưới "top" (danh mục này có {depth} cấp)',
    en: 'Categories nest at most {max} levels below "top" (this one has {depth})',
  },
  'questionCategory.nameTooLong': {
    vi: 'Tên một danh mục dài tối đa {max} ký tự (tên này có {length})',
    en: 'A category name has at most {max} characters (this one has {length})',
  },
});
