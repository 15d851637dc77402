import { defineMessages } from '../i18n/translation';

/** Why input was refused as malformed before any work: ids that are not ids, texts holding a NUL character. */
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
});
