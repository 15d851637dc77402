import { defineMessages } from '../i18n/translation';

/** The texts of each notification kind, and what the notification operations refuse. */
export const NOTIFICATION_MESSAGES = defineMessages({
  'notification.certificate.issued.title': { vi: 'Bạn đã được cấp chứng chỉ', en: 'You have been awarded a certificate' },
  'notification.certificate.issued.body': {
    vi: 'Chúc mừng! Chứng chỉ {serial} của khóa học "{courseTitle}" đã được cấp. Xem và tải chứng chỉ tại: {verifyUrl}',
    en: 'Congratulations! Certificate {serial} for the course "{courseTitle}" has been issued. See and download it at: {verifyUrl}',
  },
  'notification.firstRange': { vi: 'Số thông báo cần lấy phải từ 1 đến {max}', en: 'The number of notifications to list must be from 1 to {max}' },
  'notification.tooManyIds': { vi: 'Chỉ đánh dấu được tối đa {max} thông báo một lần', en: 'At most {max} notifications can be marked at once' },
});
