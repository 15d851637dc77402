import { defineMessages } from '../i18n/translation';

/** Why input was refused as malformed before any work: ids that are not ids, texts holding a character PostgreSQL cannot store. */
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
  'input.brokenCharacter': {
    vi: '{field} chứa một ký tự hỏng (nửa cặp surrogate UTF-16), ký tự này không được phép',
    en: '{field} contains a broken character (half of a UTF-16 surrogate pair), which is not allowed',
  },
  'input.brokenCharacterAtLine': {
    vi: '{field} chứa một ký tự hỏng (nửa cặp surrogate UTF-16) ở dòng {line}, ký tự này không được phép',
    en: '{field} contains a broken character (half of a UTF-16 surrogate pair) at line {line}, which is not allowed',
  },
});
