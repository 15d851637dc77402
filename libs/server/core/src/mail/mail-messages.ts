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
});
