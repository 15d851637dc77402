import { defineMessages } from '../i18n/translation';

/** Live sessions: their kinds, creating them, registration, check-in and their calendar file. */
export const LIVE_SESSION_MESSAGES = defineMessages({
  'liveSessions.kind.TRAINING': { vi: 'Tập huấn', en: 'Training' },
  'liveSessions.kind.CONFERENCE': { vi: 'Hội nghị', en: 'Conference' },
  'liveSessions.kind.WORKSHOP': { vi: 'Hội thảo', en: 'Workshop' },
  'liveSessions.kind.ROUND_TABLE': { vi: 'Tọa đàm', en: 'Round table' },
  'liveSessions.notFound': { vi: 'Không tìm thấy buổi học trực tiếp "{id}"', en: 'Live session "{id}" was not found' },
  'liveSessions.createForbidden': {
    vi: 'Chỉ giảng viên, quản trị viên hoặc chuyên gia chuyển đổi số mới tổ chức được buổi học',
    en: 'Only trainers, administrators and digital-transformation experts can organise a session',
  },
  'liveSessions.organiserOnly': { vi: 'Chỉ người tổ chức buổi học hoặc quản trị viên mới làm được việc này', en: 'Only the session’s organiser or an administrator can do this' },
  'liveSessions.titleEmpty': { vi: 'Tên buổi học không được để trống', en: 'The title must not be empty' },
  'liveSessions.textTooLong': { vi: 'Có tối đa {max} ký tự', en: 'At most {max} characters' },
  'liveSessions.endsBeforeStart': { vi: 'Giờ kết thúc phải sau giờ bắt đầu', en: 'The end must be after the start' },
  'liveSessions.tooLong': { vi: 'Một buổi học kéo dài tối đa {max} ngày', en: 'A session lasts at most {max} days' },
  'liveSessions.dateInvalid': { vi: 'Thời gian không hợp lệ', en: 'This is not a valid time' },
  'liveSessions.placeMissing': { vi: 'Hãy nhập địa điểm hoặc đường dẫn trực tuyến', en: 'Give a place or an online link' },
  'liveSessions.onlineUrlInvalid': { vi: 'Đường dẫn trực tuyến phải là một địa chỉ https:// hoặc http:// hợp lệ', en: 'The online link must be a valid https:// or http:// address' },
  'liveSessions.capacityInvalid': { vi: 'Số chỗ phải từ 1 đến {max}', en: 'Capacity must be from 1 to {max}' },
  'liveSessions.hoursInvalid': { vi: 'Số giờ được tính phải từ 0 đến {max}', en: 'Credited hours must be from 0 to {max}' },
  'liveSessions.cohortNotFound': { vi: 'Không tìm thấy nhóm học "{id}"', en: 'Cohort "{id}" was not found' },
  'liveSessions.courseNotFound': { vi: 'Không tìm thấy khóa học "{id}"', en: 'Course "{id}" was not found' },
  'liveSessions.full': { vi: 'Buổi học đã hết chỗ ({capacity} chỗ)', en: 'The session is full ({capacity} seats)' },
  'liveSessions.ended': { vi: 'Buổi học đã kết thúc', en: 'The session has ended' },
  'liveSessions.notRegistered': { vi: 'Bạn chưa đăng ký buổi học này', en: 'You have not registered for this session' },
  'liveSessions.alreadyAttended': { vi: 'Bạn đã điểm danh buổi học này', en: 'You have already checked in at this session' },
  'liveSessions.checkInClosed': {
    vi: 'Chỉ điểm danh được từ {opens} đến {closes}',
    en: 'Check-in is open from {opens} to {closes} only',
  },
  'liveSessions.codeInvalid': {
    vi: 'Mã điểm danh không đúng hoặc đã hết hạn; hãy quét mã đang hiển thị trên màn hình',
    en: 'The check-in code is wrong or has expired; scan the code on the screen now',
  },
  'liveSessions.tooManyCodes': {
    vi: 'Bạn đã nhập sai mã điểm danh quá nhiều lần. Vui lòng thử lại sau {minutes} phút',
    en: 'Too many wrong check-in codes. Try again in {minutes} minute(s)',
  },
  'liveSessions.cancelled': { vi: 'Buổi học này đã bị hủy', en: 'This session has been cancelled' },
  'liveSessions.cancelReasonEmpty': { vi: 'Hãy nêu lý do hủy buổi học', en: 'Give the reason for cancelling the session' },
  'liveSessions.cancelAfterCheckIn': {
    vi: 'Không hủy được buổi học đã có người điểm danh',
    en: 'A session at which someone has checked in cannot be cancelled',
  },
  'liveSessions.rescheduleToPast': { vi: 'Giờ bắt đầu mới phải ở sau thời điểm hiện tại', en: 'The new start must be in the future' },
  'liveSessions.rescheduleAfterCheckIn': {
    vi: 'Không đổi lịch được buổi học đã có người điểm danh',
    en: 'A session at which someone has checked in cannot be moved',
  },
  'liveSessions.pageSizeInvalid': { vi: 'Số người cần lấy phải từ 1 đến {max}', en: 'The number of people to list must be from 1 to {max}' },
  'liveSessions.offsetInvalid': { vi: 'Vị trí bắt đầu phải là số nguyên không âm', en: 'The offset must be a whole number, 0 or more' },
  'liveSessions.calendarOnline': { vi: 'Trực tuyến: {url}', en: 'Online: {url}' },
  'liveSessions.reminderPlace': { vi: 'Địa điểm: {place}', en: 'Place: {place}' },
  'liveSessions.reminderOnline': { vi: 'Tham gia trực tuyến: {url}', en: 'Join online: {url}' },
});
