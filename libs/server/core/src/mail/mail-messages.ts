import { defineMessages } from '../i18n/translation';

/** Mail sent to users. */
export const MAIL_MESSAGES = defineMessages({
  'mail.setPassword.subject': { vi: 'HocSo: đặt mật khẩu cho tài khoản của bạn', en: 'HocSo: set the password of your account' },
  'mail.setPassword.body': {
    vi: 'Xin chào {name},\n\nTài khoản HocSo của bạn đã được tạo. Vui lòng đặt mật khẩu tại liên kết sau (chỉ dùng được một lần, hết hạn sau {hours} giờ):\n{link}',
    en: 'Hello {name},\n\nYour HocSo account was created. Set your password with this one-time link (it expires in {hours} hours):\n{link}',
  },
});
