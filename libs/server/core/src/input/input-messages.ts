import { defineMessages } from '../i18n/translation';

/** Why input was refused as malformed before any work: ids, NUL characters, forged cursors, runaway nesting. */
export const INPUT_MESSAGES = defineMessages({
  'input.invalidId': { vi: '{field} không phải là một mã định danh hợp lệ', en: '{field} is not a valid id' },
  'input.nulCharacter': {
    vi: '{field} chứa ký tự NUL (mã 0), ký tự này không được phép',
    en: '{field} contains a NUL character (code 0), which is not allowed',
  },
  'input.nulCharacterAtLine': {
    vi: '{field} chứa ký tự NUL (mã 0) ở dòng {line}, ký tự này không được phép',
    en: '{field} contains a NUL character (code 0) at line {line}, which is not allowed',
  },
  'input.invalidCursor': {
    vi: 'Con trỏ phân trang này không hợp lệ; hãy dùng endCursor của trang trước',
    en: 'This cursor is not valid; use endCursor from a previous page',
  },
  'input.cursorOfAnotherSearch': {
    vi: 'Con trỏ phân trang này thuộc về một tìm kiếm khác; hãy bắt đầu lại từ trang đầu',
    en: 'This cursor belongs to another search; start again from the first page',
  },
  'input.xmlTooDeep': {
    vi: 'Tệp XML lồng các phần tử sâu quá {max} cấp (dòng {line})',
    en: 'The XML file nests elements more than {max} levels deep (line {line})',
  },
});
