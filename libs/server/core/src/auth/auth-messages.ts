import { defineMessages } from '../i18n/translation';

/** Sign-up, sign-in, sessions and password links. */
export const AUTH_MESSAGES = defineMessages({
  'auth.emailTaken': { vi: 'Email này đã được dùng để đăng ký một tài khoản khác', en: 'An account with this email already exists' },
  'auth.wrongCredentials': {
    vi: 'Email, số điện thoại hoặc mật khẩu không đúng',
    en: 'Email, phone number or password is incorrect',
  },
  'auth.accountDeactivated': {
    vi: 'Tài khoản này đã bị khóa; vui lòng liên hệ quản trị viên hoặc người quản lý đơn vị của bạn',
    en: 'This account is deactivated; contact an administrator or your unit manager',
  },
  'auth.accountGone': { vi: 'Tài khoản này không còn tồn tại', en: 'This account no longer exists' },
  'auth.currentPasswordWrong': { vi: 'Mật khẩu hiện tại không đúng', en: 'Your current password is incorrect' },
  'auth.linkExpired': {
    vi: 'Liên kết này đã hết hạn hoặc đã được sử dụng; vui lòng đề nghị gửi liên kết mới',
    en: 'This link has expired or was already used; ask for a new one',
  },
  'auth.codeInvalid': {
    vi: 'Mã không đúng, đã hết hạn hoặc đã được dùng; hãy kiểm tra số điện thoại và mã, hoặc yêu cầu mã mới',
    en: 'This code is wrong, has expired or was already used; check the phone number and the code, or ask for a new one',
  },
  'auth.sessionInvalid': {
    vi: 'Phiên đăng nhập đã hết hạn hoặc không hợp lệ; vui lòng đăng nhập lại',
    en: 'Your session has expired or is not valid; please sign in again',
  },
  'auth.sessionEnded': {
    vi: 'Phiên đăng nhập này không còn hiệu lực; vui lòng đăng nhập lại',
    en: 'This session is no longer valid; please sign in again',
  },
  'auth.tooManySignInAttempts': {
    vi: 'Đăng nhập không thành công quá nhiều lần. Vui lòng thử lại sau {minutes} phút.',
    en: 'Too many sign-in attempts. Try again in {minutes} minute(s).',
  },
});
