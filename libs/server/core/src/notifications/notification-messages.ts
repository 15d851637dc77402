import { defineMessages } from '../i18n/translation';

const SESSION_REMINDER_BODY = {
  vi: 'Buổi "{sessionTitle}" mà bạn đã đăng ký bắt đầu lúc {startsAt} (giờ Việt Nam).\n{where}\nTrang buổi học: {sessionUrl}\nThêm vào lịch (tệp .ics): {calendarUrl}',
  en: 'The session "{sessionTitle}" you registered for starts at {startsAt} (Vietnam time).\n{where}\nSession page: {sessionUrl}\nAdd to your calendar (.ics file): {calendarUrl}',
};

/** The texts of each notification kind, and what the notification operations refuse. */
export const NOTIFICATION_MESSAGES = defineMessages({
  'notification.certificate.issued.title': { vi: 'Bạn đã được cấp chứng chỉ', en: 'You have been awarded a certificate' },
  'notification.certificate.issued.body': {
    vi: 'Chúc mừng! Chứng chỉ {serial} của khóa học "{courseTitle}" đã được cấp. Xem và tải chứng chỉ tại: {verifyUrl}',
    en: 'Congratulations! Certificate {serial} for the course "{courseTitle}" has been issued. See and download it at: {verifyUrl}',
  },
  'notification.external-certificate.approved.title': { vi: 'Chứng chỉ bên ngoài của bạn đã được công nhận', en: 'Your external certificate has been recognised' },
  'notification.external-certificate.approved.body': {
    vi: 'Chứng chỉ bạn gửi đã được công nhận; số giờ học của chứng chỉ được tính vào yêu cầu bồi dưỡng của bạn.',
    en: 'The certificate you submitted has been recognised; its study hours count toward your training requirements.',
  },
  'notification.external-certificate.rejected.title': { vi: 'Chứng chỉ bên ngoài của bạn chưa được công nhận', en: 'Your external certificate was not recognised' },
  'notification.external-certificate.rejected.body': { vi: 'Chứng chỉ bạn gửi chưa được công nhận. Lý do: {reason}', en: 'The certificate you submitted was not recognised. Reason: {reason}' },
  'notification.requirement.reminders.title': { vi: 'Nhắc nhở đào tạo bắt buộc ({count})', en: 'Mandatory training reminders ({count})' },
  'notification.requirement.reminders.body': { vi: 'Đào tạo bắt buộc cần bạn lưu ý:\n{items}', en: 'Mandatory training that needs your attention:\n{items}' },
  'notification.compliance.reminder.title': { vi: 'Nhắc nhở: yêu cầu đào tạo bắt buộc', en: 'Reminder: mandatory training' },
  'notification.compliance.reminder.body': {
    vi: '{unitName} nhắc bạn hoàn thành "{requirementTitle}" trước ngày {dueOn}.',
    en: '{unitName} reminds you to complete "{requirementTitle}" by {dueOn}.',
  },
  'notification.live-session.rescheduled.title': { vi: 'Buổi học đã đổi lịch: {sessionTitle}', en: 'A session has moved: {sessionTitle}' },
  'notification.live-session.rescheduled.body': {
    vi: 'Buổi "{sessionTitle}" mà bạn đã đăng ký chuyển sang {startsAt} (trước là {previousStartsAt}), tại {where}. Bạn vẫn giữ chỗ.',
    en: 'The session "{sessionTitle}" you registered for has moved to {startsAt} (was {previousStartsAt}), at {where}. Your seat is kept.',
  },
  'notification.live-session.cancelled.title': { vi: 'Buổi học đã bị hủy', en: 'A session has been cancelled' },
  'notification.live-session.cancelled.body': {
    vi: 'Buổi "{sessionTitle}" lúc {startsAt} mà bạn đã đăng ký đã bị hủy. Lý do: {reason}',
    en: 'The session "{sessionTitle}" at {startsAt} you registered for has been cancelled. Reason: {reason}',
  },
  'notification.live-session.reminder-day.title': { vi: 'Lịch buổi học sắp tới: {sessionTitle}', en: 'Coming up: {sessionTitle}' },
  'notification.live-session.reminder-day.body': SESSION_REMINDER_BODY,
  'notification.live-session.reminder-hour.title': { vi: 'Buổi học sắp bắt đầu: {sessionTitle}', en: 'Starting soon: {sessionTitle}' },
  'notification.live-session.reminder-hour.body': SESSION_REMINDER_BODY,
  'notification.firstRange': { vi: 'Số thông báo cần lấy phải từ 1 đến {max}', en: 'The number of notifications to list must be from 1 to {max}' },
  'notification.tooManyIds': { vi: 'Chỉ đánh dấu được tối đa {max} thông báo một lần', en: 'At most {max} notifications can be marked at once' },
});
