import { defineMessages } from '../i18n/translation';

/** What certificate operations tell their users, by reason key. */
export const CERTIFICATE_MESSAGES = defineMessages({
  'certificate.notFound': { vi: 'Không tìm thấy chứng chỉ "{id}"', en: 'Certificate "{id}" was not found' },
  'certificate.serialInvalid': {
    vi: 'Số hiệu chứng chỉ dài tối đa {max} ký tự, gồm chữ, số và dấu gạch ngang (ví dụ BT-2026-000123)',
    en: 'A certificate serial has at most {max} characters: letters, digits and hyphens (e.g. BT-2026-000123)',
  },
  'certificate.revokeForbidden': { vi: 'Chỉ quản trị viên mới thu hồi hoặc cấp lại được chứng chỉ', en: 'Only administrators can revoke or reissue certificates' },
  'certificate.reasonRequired': { vi: 'Hãy ghi lý do', en: 'Give a reason' },
  'certificate.reasonTooLong': { vi: 'Lý do dài tối đa {max} ký tự', en: 'The reason must have at most {max} characters' },
  'certificate.alreadyRevoked': { vi: 'Chứng chỉ này đã bị thu hồi', en: 'This certificate has already been revoked' },
  'certificate.pdfNotReady': {
    vi: 'Tệp PDF của chứng chỉ đang được tạo; hãy thử lại sau ít phút',
    en: "The certificate's PDF is being prepared; try again in a few minutes",
  },
  'certificate.credentialNotReady': {
    vi: 'Chứng chỉ số (Open Badges) của chứng chỉ này chưa được ký',
    en: 'The digital credential (Open Badges) of this certificate has not been signed yet',
  },
  'certificate.courseForbidden': {
    vi: 'Chỉ quản trị viên và giảng viên của khóa học mới quản lý được chứng chỉ của khóa học',
    en: "Only administrators and the course's trainers can manage the course's certificates",
  },
  'certificate.courseNotFound': { vi: 'Không tìm thấy khóa học "{id}"', en: 'Course "{id}" was not found' },
  'certificate.batchNotFound': { vi: 'Không tìm thấy tác vụ chứng chỉ "{id}"', en: 'Certificate job "{id}" was not found' },
  'certificate.batchRunning': {
    vi: 'Khóa học đang có một tác vụ chứng chỉ chạy ({kind}, do {startedBy} bắt đầu lúc {startedAt}, mã {id}); hãy chờ nó xong',
    en: 'A certificate job is already running for this course ({kind}, started by {startedBy} at {startedAt}, id {id}); wait for it to finish',
  },
  'certificate.batchKind.ISSUE': { vi: 'cấp cho các lượt hoàn thành', en: 'issuing for completions' },
  'certificate.batchKind.REISSUE': { vi: 'cấp lại', en: 'reissuing' },
  'certificate.reissuedReason': { vi: 'Đã cấp lại', en: 'Reissued' },
});
