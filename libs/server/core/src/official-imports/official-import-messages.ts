import { defineMessages } from '../i18n/translation';

/** Bulk onboarding: the CSV file as a whole, and the rows it rejects. */
export const OFFICIAL_IMPORT_MESSAGES = defineMessages({
  'officialImports.notFound': { vi: 'Không tìm thấy lần nhập "{id}"', en: 'Import "{id}" was not found' },
  'officialImports.fileNameRequired': { vi: 'Tệp cần có tên', en: 'The file needs a name' },
  'officialImports.notBase64': { vi: 'Nội dung tệp phải được mã hóa base64', en: 'The file content must be base64-encoded' },
  'officialImports.notUtf8': {
    vi: 'Tệp không dùng bảng mã UTF-8; hãy lưu lại dưới dạng "CSV UTF-8" rồi tải lên lại',
    en: 'The file is not UTF-8 text; save it as "CSV UTF-8" and upload it again',
  },
  'officialImports.notCsv': { vi: 'Tệp không đúng định dạng CSV (lỗi ở dòng {line})', en: 'The file is not valid CSV (line {line})' },
  'officialImports.unknownColumns': {
    vi: 'Có cột không hợp lệ: {columns}; các cột cần có: {expected}',
    en: 'Unknown column(s) {columns}; expected {expected}',
  },
  'officialImports.missingColumns': {
    vi: 'Thiếu cột {columns}; dòng tiêu đề phải là {expected}',
    en: 'Missing column(s) {columns}; the header must be {expected}',
  },
  'officialImports.duplicateColumn': { vi: 'Cột "{column}" xuất hiện hai lần ở dòng tiêu đề', en: 'Column "{column}" appears twice in the header' },
  'officialImports.noRows': { vi: 'Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào', en: 'The file has a header but no rows' },
  'officialImports.tooManyRows': {
    vi: 'Tệp có {rows} dòng; mỗi lần nhập tối đa {max} dòng',
    en: 'The file has {rows} rows; the limit is {max} per import',
  },
  'officialImports.failed': {
    vi: 'Lần nhập không hoàn tất do lỗi hệ thống; vui lòng tải tệp lên lại',
    en: 'The import stopped because of an error on our side; please upload the file again',
  },
  'officialImports.emailOrPhoneRequired': { vi: 'Cần có email hoặc số điện thoại', en: 'An email or a phone number is required' },
  'officialImports.orgUnitCodeRequired': { vi: 'Chưa có mã đơn vị', en: 'Org unit code is required' },
  'officialImports.orgUnitCodeUnknown': { vi: 'Không có đơn vị nào mang mã "{code}"', en: 'Unknown org unit code "{code}"' },
  'officialImports.orgUnitOutsideScope': {
    vi: 'Đơn vị "{code}" nằm ngoài phạm vi các đơn vị bạn quản lý',
    en: 'Org unit "{code}" is outside the units you manage',
  },
  'officialImports.emailRepeated': {
    vi: 'Email {email} đã xuất hiện ở dòng {line} của tệp này',
    en: 'Email {email} already appears on line {line} of this file',
  },
  'officialImports.phoneRepeated': {
    vi: 'Số điện thoại {phone} đã xuất hiện ở dòng {line} của tệp này',
    en: 'Phone number {phone} already appears on line {line} of this file',
  },
  'officialImports.phoneOfAnotherAccount': {
    vi: 'Số điện thoại {phone} đang là của một tài khoản khác',
    en: 'Phone number {phone} belongs to another account',
  },
  'officialImports.nobodyToActivate': {
    vi: 'Trong đơn vị này không có ai chỉ có số điện thoại mà chưa kích hoạt tài khoản',
    en: 'Nobody in this unit has only a phone and an account not activated yet',
  },
  'officialImports.accountOutsideScope': {
    vi: 'Tài khoản {email} thuộc một đơn vị nằm ngoài phạm vi bạn quản lý',
    en: 'The account {email} exists outside the units you manage',
  },
  'officialImports.rejectedInColumn': { vi: 'Cột {column}: {message}', en: 'Column {column}: {message}' },
});
