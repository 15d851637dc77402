import { defineMessages } from '../i18n/translation';

/** Mail sent to users. */
export const MAIL_MESSAGES = defineMessages({
  'mail.setPassword.subject': { vi: 'HocSo: đặt mật khẩu cho tài khoản của bạn', en: 'HocSo: set the password of your account' },
  'mail.setPassword.body': {
    vi: 'Xin chào {name},\n\nTài khoản HocSo của bạn đã được tạo. Vui lòng đặt mật khẩu tại liên kết sau (chỉ dùng được một lần, hết hạn sau {hours} giờ):\n{link}',
    en: 'Hello {name},\n\nYour HocSo account was created. Set your password with this one-time link (it expires in {hours} hours):\n{link}',
  },
  'mail.confirmEmail.subject': { vi: 'HocSo: xác nhận email của bạn', en: 'HocSo: confirm your email' },
  'mail.confirmEmail.body': {
    vi: 'Xin chào {name},\n\nĐăng nhập HocSo bằng tài khoản bạn vừa đăng ký rồi mở liên kết sau để xác nhận email (hết hạn sau {hours} giờ):\n{link}\n\nNếu bạn không đăng ký tài khoản HocSo, hãy bỏ qua thư này và đừng mở liên kết.',
    en: 'Hello {name},\n\nSign in to HocSo with the account you just registered, then open this link to confirm your email (it expires in {hours} hours):\n{link}\n\nIf you did not sign up for HocSo, ignore this mail and do not open the link.',
  },
});
