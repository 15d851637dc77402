import { defineMessages } from '../i18n/translation';

/** Accounts, profiles and roles. */
export const USER_MESSAGES = defineMessages({
  'users.notFound': { vi: 'Không tìm thấy người dùng "{id}"', en: 'User "{id}" was not found' },
  'users.emailInvalid': { vi: '"{value}" không phải là địa chỉ email hợp lệ', en: '"{value}" is not a valid email address' },
  'users.fullNameTooShort': { vi: 'Họ và tên phải có ít nhất {min} ký tự', en: 'Full name must have at least {min} characters' },
  'users.fullNameTooLong': { vi: 'Họ và tên có tối đa {max} ký tự', en: 'Full name must have at most {max} characters' },
  'users.phoneInvalid': {
    vi: '"{value}" không phải là số di động Việt Nam hợp lệ (ví dụ 0912 345 678 hoặc +84 912 345 678)',
    en: '"{value}" is not a valid Vietnamese mobile number (for example 0912 345 678 or +84 912 345 678)',
  },
  'users.phoneTaken': { vi: 'Số điện thoại này đã được dùng cho một tài khoản khác', en: 'This phone number is already used by another account' },
  'users.passwordTooShort': { vi: 'Mật khẩu phải có ít nhất {min} ký tự', en: 'Password must have at least {min} characters' },
  'users.passwordTooLong': { vi: 'Mật khẩu có tối đa {max} ký tự', en: 'Password must have at most {max} characters' },
  'users.passwordNeedsLettersAndDigits': { vi: 'Mật khẩu phải có cả chữ cái và chữ số', en: 'Password must contain both letters and digits' },
  'users.passwordIsEmail': { vi: 'Mật khẩu không được trùng với địa chỉ email', en: 'Password must not be your email address' },
  'users.audienceUnknown': { vi: '"{value}" không phải là đối tượng hợp lệ ({allowed})', en: '"{value}" is not an audience ({allowed})' },
  'users.cannotRemoveOwnAdminRole': {
    vi: 'Bạn không thể tự gỡ vai trò quản trị viên của chính mình',
    en: 'You cannot remove your own administrator role',
  },
  'users.roleNotScoped': { vi: 'Vai trò {role} không gắn với một đơn vị cụ thể', en: 'The {role} role is not scoped to an org unit' },
  'users.managerNeedsUnit': {
    vi: 'Cần chọn đơn vị mà người quản lý đơn vị phụ trách',
    en: 'A unit manager needs the org unit they manage',
  },
  'users.emailTaken': { vi: 'Email "{email}" đã được một tài khoản khác sử dụng', en: 'The email "{email}" is already used by another account' },
  'users.orgUnitRequired': {
    vi: 'Hãy chọn một đơn vị trong phạm vi bạn quản lý',
    en: 'Choose an org unit within the units you manage',
  },
  'users.roleNotGrantable': { vi: 'Bạn không thể cấp vai trò {role} cho người này', en: 'You cannot grant the {role} role to this person' },
  'users.roleNotRevocable': { vi: 'Bạn không thể gỡ vai trò {role} của người này', en: 'You cannot revoke the {role} role of this person' },
  'users.cannotDeactivateSelf': { vi: 'Bạn không thể tự khóa tài khoản của chính mình', en: 'You cannot deactivate your own account' },
  'users.alreadyDeactivated': { vi: 'Tài khoản này đã bị khóa', en: 'This account is already deactivated' },
  'users.notDeactivated': { vi: 'Tài khoản này đang hoạt động', en: 'This account is active' },
  'users.exportParameterInvalid': { vi: 'Tham số "{name}" của tệp xuất không hợp lệ', en: 'The export parameter "{name}" is not valid' },
});
