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
  'certificate.reissuedReason': { vi: 'Đã cấp lại', en: 'Reissued' },
});
