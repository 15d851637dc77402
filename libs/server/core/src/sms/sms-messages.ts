import { defineMessages } from '../i18n/translation';

/** Text messages sent to phones: short, without accents in the code part, and naming the platform first. */
export const SMS_MESSAGES = defineMessages({
  'sms.passwordResetCode': {
    vi: 'HocSo: ma dat lai mat khau cua ban la {code}, het han sau {minutes} phut. Khong dua ma nay cho bat ky ai.',
    en: 'HocSo: your password reset code is {code}; it expires in {minutes} minutes. Never share this code.',
  },
});
