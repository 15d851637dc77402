import { defineMessages } from '../i18n/translation';

/** Mail sent to users. */
export const MAIL_MESSAGES = defineMessages({
  'mail.setPassword.subject': { vi: 'HocSo: đặt mật khẩu cho tài khoản của bạn', en: 'HocSo: set the password of your account' },
  'mail.setPassword.body': {
    vi: 'Xin chào {name},\n\nTài khoản HocSo của bạn đã được tạo. Vui lòng đặt mật khẩu tại liên kết sau (chỉ dùng được một lần, hết hạn sau {hours} giờ):\n{link}',
    en: 'Hello {name},\n\nYour HocSo account was created. Set your password with this one-time link (it expires in {hours} hours):\n{link}',
  },
  'mail.resetPassword.subject': { vi: 'HocSo: đặt lại mật khẩu', en: 'HocSo: reset your password' },
  'mail.resetPassword.body': {
    vi: 'Xin chào {name},\n\nCó người vừa yêu cầu đặt lại mật khẩu HocSo của bạn. Đặt mật khẩu mới tại liên kết sau (chỉ dùng được một lần, hết hạn sau {minutes} phút):\n{link}\n\nĐặt mật khẩu mới sẽ đăng xuất tài khoản trên mọi thiết bị khác. Nếu không phải bạn yêu cầu, hãy bỏ qua thư này: mật khẩu của bạn không thay đổi.',
    en: 'Hello {name},\n\nSomeone asked to reset your HocSo password. Set a new one with this one-time link (it expires in {minutes} minutes):\n{link}\n\nSetting a new password signs your account out on every other device. If it was not you, ignore this mail: your password has not changed.',
  },
  'mail.confirmEmail.subject': { vi: 'HocSo: xác nhận email của bạn', en: 'HocSo: confirm your email' },
  'mail.confirmEmail.body': {
    vi: 'Xin chào {name},\n\nĐăng nhập HocSo bằng tài khoản bạn vừa đăng ký rồi mở liên kết sau để xác nhận email (hết hạn sau {hours} giờ):\n{link}\n\nNếu bạn không đăng ký tài khoản HocSo, hãy bỏ qua thư này và đừng mở liên kết.',
    en: 'Hello {name},\n\nSign in to HocSo with the account you just registered, then open this link to confirm your email (it expires in {hours} hours):\n{link}\n\nIf you did not sign up for HocSo, ignore this mail and do not open the link.',
  },
  'mail.confirmEditedEmail.body': {
    vi: 'Xin chào {name},\n\nEmail của tài khoản HocSo của bạn vừa được quản trị viên đổi thành địa chỉ này. Đăng nhập HocSo bằng tài khoản của bạn rồi mở liên kết sau để xác nhận (hết hạn sau {hours} giờ):\n{link}\n\nTrước khi xác nhận, thư đặt lại mật khẩu không được gửi tới địa chỉ này. Nếu đây không phải tài khoản của bạn, hãy bỏ qua thư này và đừng mở liên kết.',
    en: 'Hello {name},\n\nAn administrator has just changed the email of your HocSo account to this address. Sign in to HocSo with your account, then open this link to confirm it (it expires in {hours} hours):\n{link}\n\nUntil it is confirmed, no password reset is mailed to this address. If this is not your account, ignore this mail and do not open the link.',
  },
  'mail.emailChanged.subject': { vi: 'HocSo: email của tài khoản đã được thay đổi', en: 'HocSo: the email of your account was changed' },
  'mail.emailChanged.body': {
    vi: 'Xin chào {name},\n\nEmail của tài khoản HocSo của bạn vừa được quản trị viên đổi từ địa chỉ này sang {newEmail}. Thư sau này sẽ gửi tới địa chỉ mới khi chủ tài khoản đã xác nhận nó.\n\nNếu bạn không yêu cầu thay đổi này, hãy liên hệ ngay với quản trị viên đơn vị của bạn.',
    en: 'Hello {name},\n\nAn administrator has just changed the email of your HocSo account from this address to {newEmail}. Mail will go to the new address once the account holder confirms it.\n\nIf you did not ask for this change, contact the administrator of your unit at once.',
  },
});
