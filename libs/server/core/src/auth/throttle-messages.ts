import { defineMessages } from '../i18n/translation';

/** Refusals of the sign-up and password-change throttles (sign-in: auth.tooManySignInAttempts); `{minutes}` is the wait. */
export const THROTTLE_MESSAGES = defineMessages({
  'throttle.register': {
    vi: 'Có quá nhiều lượt đăng ký từ địa chỉ mạng này. Vui lòng thử lại sau {minutes} phút',
    en: 'Too many sign-ups from this network address. Try again in {minutes} minute(s)',
  },
  'throttle.passwordReset': {
    vi: 'Đã gửi quá nhiều yêu cầu đặt lại mật khẩu. Vui lòng thử lại sau {minutes} phút',
    en: 'Too many password reset requests. Try again in {minutes} minute(s)',
  },
  'throttle.passwordChange': {
    vi: 'Bạn đã thử đổi mật khẩu quá nhiều lần. Vui lòng thử lại sau {minutes} phút',
    en: 'Too many attempts to change the password. Try again in {minutes} minute(s)',
  },
});

export type ThrottleReason = keyof typeof THROTTLE_MESSAGES | 'auth.tooManySignInAttempts';
