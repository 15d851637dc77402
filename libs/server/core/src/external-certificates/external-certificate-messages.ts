import { defineMessages } from '../i18n/translation';

/** What external certificates tell their users, by reason key. */
export const EXTERNAL_CERTIFICATE_MESSAGES = defineMessages({
  'externalCertificates.notFound': { vi: 'Không tìm thấy chứng chỉ ngoài "{id}"', en: 'External certificate "{id}" was not found' },
  'externalCertificates.textLength': { vi: 'Cần từ 1 đến {max} ký tự', en: 'Needs 1 to {max} characters' },
  'externalCertificates.hours': { vi: 'Số giờ học phải lớn hơn 0 và không quá {max}', en: 'Study hours must be above 0 and at most {max}' },
  'externalCertificates.issuedInFuture': { vi: 'Ngày cấp không thể ở tương lai', en: 'The date of issue cannot be in the future' },
  'externalCertificates.evidenceUrl': { vi: 'Đường dẫn minh chứng phải bắt đầu bằng http:// hoặc https:// (tối đa 2000 ký tự)', en: 'The evidence link must start with http:// or https:// (at most 2000 characters)' },
  'externalCertificates.evidenceRequired': {
    vi: 'Cần có minh chứng: một đường dẫn, một tệp (PDF, JPEG, PNG) hoặc nội dung chứng chỉ số (JSON)',
    en: 'Evidence is needed: a link, a file (PDF, JPEG, PNG) or the digital credential (JSON)',
  },
  'externalCertificates.evidenceKind': {
    vi: 'Tệp minh chứng phải là PDF, JPEG hoặc PNG thật (đuôi .pdf, .jpg, .jpeg, .png và nội dung đúng loại đó)',
    en: 'The evidence file must be a real PDF, JPEG or PNG (a .pdf, .jpg, .jpeg or .png name and content of that kind)',
  },
  'externalCertificates.evidenceEmpty': { vi: 'Tệp minh chứng rỗng', en: 'The evidence file is empty' },
  'externalCertificates.evidenceTooLarge': { vi: 'Tệp minh chứng quá lớn: tối đa {limit}', en: 'The evidence file is too large: at most {limit}' },
  'externalCertificates.evidenceTooManyUnsubmitted': {
    vi: 'Bạn đã có {max} tệp minh chứng chưa gửi kèm chứng chỉ nào; hãy gửi chứng chỉ với một tệp đã tải lên, hoặc chờ: tệp chưa gửi được xóa sau một ngày',
    en: 'You already have {max} evidence files not attached to any certificate; submit a certificate with one of them, or wait: unsubmitted files are deleted after a day',
  },
  'externalCertificates.evidenceNotFound': { vi: 'Không tìm thấy tệp minh chứng "{id}"', en: 'Evidence file "{id}" was not found' },
  'externalCertificates.evidenceInUse': { vi: 'Tệp minh chứng này đã được dùng cho một chứng chỉ khác; hãy tải lên lại', en: 'This evidence file is already attached to another certificate; upload it again' },
  'externalCertificates.reviewForbidden': {
    vi: 'Chỉ quản trị viên, hoặc người quản lý đơn vị của người nộp, mới duyệt được chứng chỉ này',
    en: "Only administrators, or managers of the submitter's unit, can review this certificate",
  },
  'externalCertificates.alreadyReviewed': { vi: 'Chứng chỉ này đã được duyệt ({status})', en: 'This certificate has already been reviewed ({status})' },
  'externalCertificates.rejectionReason': { vi: 'Cần ghi lý do từ chối (tối đa 2000 ký tự)', en: 'A rejection needs a reason (at most 2000 characters)' },
});
