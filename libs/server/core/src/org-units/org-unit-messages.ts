import { defineMessages } from '../i18n/translation';

/** The org tree. */
export const ORG_UNIT_MESSAGES = defineMessages({
  'orgUnits.notFound': { vi: 'Không tìm thấy đơn vị "{id}"', en: 'Org unit "{id}" was not found' },
  'orgUnits.parentNotFound': { vi: 'Không tìm thấy đơn vị cấp trên "{id}"', en: 'Parent org unit "{id}" was not found' },
  'orgUnits.codeInvalid': {
    vi: 'Mã đơn vị gồm 1–64 ký tự: chữ cái, chữ số, ".", "_" hoặc "-", bắt đầu bằng chữ cái hoặc chữ số',
    en: 'Code must be 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
  },
  'orgUnits.kindInvalid': {
    vi: 'Loại đơn vị phải là một từ viết hoa, ví dụ DISTRICT hoặc COMMUNE',
    en: 'Kind must be an upper-case word such as DISTRICT or COMMUNE',
  },
  'orgUnits.codeTaken': { vi: 'Đã có đơn vị mang mã "{code}"', en: 'An org unit with code "{code}" already exists' },
  'orgUnits.cannotMoveUnderItself': {
    vi: 'Không thể chuyển một đơn vị vào dưới chính nó hoặc một đơn vị trực thuộc của nó',
    en: 'An org unit cannot be moved under itself or one of its own sub-units',
  },
  'orgUnits.notEmpty': {
    vi: '"{name}" vẫn còn {children} đơn vị trực thuộc và {members} thành viên; hãy chuyển hoặc gỡ họ trước khi xóa',
    en: '"{name}" still has {children} sub-unit(s) and {members} member(s); move or remove them first',
  },
  'orgUnits.nameEmpty': { vi: 'Tên đơn vị không được để trống', en: 'Name must not be empty' },
  'orgUnits.nameTooLong': { vi: 'Tên đơn vị có tối đa {max} ký tự', en: 'Name must have at most {max} characters' },
});
