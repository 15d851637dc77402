import { defineMessages } from '../i18n/translation';

/** Uploaded and served files. */
export const FILE_MESSAGES = defineMessages({
  'files.empty': { vi: 'Tệp không có nội dung', en: 'The file is empty' },
  'files.tooLarge': { vi: 'Tệp vượt quá dung lượng cho phép ({limit})', en: 'The file is larger than the {limit} limit' },
  'files.missing': {
    vi: 'Chưa nhận được tệp: hãy gửi tệp dạng multipart/form-data trong trường "file"',
    en: 'Send the file as multipart/form-data in the field "file"',
  },
  'files.uploadUnreadable': {
    vi: 'Không đọc được tệp tải lên: hãy gửi đúng một tệp trong trường "file"',
    en: 'The upload could not be read; send one file in the field "file"',
  },
  'files.notFound': { vi: 'Không tìm thấy tệp "{id}"', en: 'File "{id}" was not found' },
});
