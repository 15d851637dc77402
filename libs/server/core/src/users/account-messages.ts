import { defineMessages } from '../i18n/translation';

/** Refusals about who holds an account and what it may be given: confirmation, membership, co-authors. */
export const ACCOUNT_MESSAGES = defineMessages({
  'account.emailOrPhone': {
    vi: 'Hãy nhập email hoặc số điện thoại (chỉ một trong hai)',
    en: 'Enter an email or a phone number (exactly one of them)',
  },
  'account.audienceSetByManager': {
    vi: 'Đối tượng cán bộ, lãnh đạo và tổ trưởng do quản trị viên hoặc người quản lý đơn vị xác định; khi đăng ký, hãy chọn Người dân hoặc Doanh nghiệp',
    en: 'Official audiences are set by administrators and unit managers; when you sign up, choose Citizen or SME',
  },
  'account.orgUnitSetByManager': {
    vi: 'Đơn vị công tác do quản trị viên hoặc người quản lý đơn vị xác định',
    en: 'Your org unit is set by an administrator or a unit manager',
  },
  'account.emailNotConfirmed': {
    vi: 'Người này chưa xác nhận email: hãy đề nghị họ mở liên kết xác nhận, hoặc đưa họ vào hệ thống bằng tệp CSV để họ nhận liên kết đặt mật khẩu',
    en: 'This person has not confirmed their email yet: ask them to open the confirmation link, or onboard them by CSV so that a set-password link is mailed to them',
  },
  'account.emailAwaitsConfirmation': {
    vi: 'Email của tài khoản này vừa được đổi và chủ tài khoản chưa xác nhận nên không thể gửi liên kết đặt lại mật khẩu tới đó',
    en: 'The email of this account was changed and its holder has not confirmed it yet, so no password reset can be mailed there',
  },
  'account.phoneAwaitsHolder': {
    vi: 'Số điện thoại của tài khoản này vừa được đổi và chủ tài khoản chưa dùng mã nào gửi tới số đó nên không thể gửi mã đặt lại mật khẩu',
    en: 'The phone of this account was changed and its holder has not yet used a code sent to it, so no password reset code can be sent there',
  },
  'account.noEmailOrPhone': {
    vi: 'Tài khoản này không có email hay số điện thoại để gửi liên kết hoặc mã',
    en: 'This account has no email or phone to send a link or a code to',
  },
  'account.emailAlreadyConfirmed': { vi: 'Email của bạn đã được xác nhận', en: 'Your email is already confirmed' },
  'account.noEmailToConfirm': { vi: 'Tài khoản này không có email để xác nhận', en: 'This account has no email to confirm' },
  'account.confirmationResendTooSoon': {
    vi: 'Liên kết xác nhận vừa được gửi; vui lòng đợi {seconds} giây rồi thử lại',
    en: 'A confirmation link was just sent; please wait {seconds} seconds and try again',
  },
  'account.confirmationLinkInvalid': {
    vi: 'Liên kết xác nhận này đã hết hạn hoặc đã được thay thế; hãy yêu cầu liên kết mới trong trang hồ sơ',
    en: 'This confirmation link has expired or was replaced; ask for a new one on your profile page',
  },
  'account.confirmationLinkOfAnotherAccount': {
    vi: 'Liên kết này dùng để xác nhận một tài khoản khác; hãy đăng nhập bằng tài khoản đã đăng ký với địa chỉ nhận thư',
    en: 'This link confirms another account; sign in with the account registered with the address it was sent to',
  },
  'account.noTrainerWithEmail': {
    vi: 'Không có giảng viên nào dùng email {email}; chỉ giảng viên mới cùng soạn được',
    en: 'No trainer uses the email {email}; only trainers can co-author',
  },
});
