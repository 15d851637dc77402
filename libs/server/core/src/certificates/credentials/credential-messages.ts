import { defineMessages } from '../../i18n/translation';

/** What credential checks and the trusted-issuer list tell their users, by reason key. */
export const CREDENTIAL_MESSAGES = defineMessages({
  'credentials.tooManyChecks': {
    vi: 'Có quá nhiều lượt kiểm tra chứng chỉ từ địa chỉ mạng này. Vui lòng thử lại sau {minutes} phút',
    en: 'Too many credential checks from this network address. Try again in {minutes} minute(s)',
  },
  'credentials.checksBusy': {
    vi: 'Máy chủ đang kiểm tra nhiều chứng chỉ cùng lúc. Vui lòng thử lại sau {seconds} giây',
    en: 'The server is checking many credentials at once. Try again in {seconds} seconds',
  },
  'credentials.tooLarge': {
    vi: 'Tệp chứng chỉ quá lớn: tối đa {limit} (tệp này {size})',
    en: 'The credential is too large: at most {limit} (this one is {size})',
  },
  'credentials.notJson': { vi: 'Nội dung không phải JSON hợp lệ: {detail}', en: 'This is not valid JSON: {detail}' },
  'credentials.notCredential': {
    vi: 'Đây không phải chứng chỉ số (Verifiable Credential 2.0 / Open Badges 3.0): {detail}',
    en: 'This is not a verifiable credential (VC 2.0 / Open Badges 3.0): {detail}',
  },
  'credentials.remoteContext': {
    vi: 'Chứng chỉ dẫn tới ngữ cảnh JSON-LD từ xa "{url}": nền tảng không tải tài liệu từ bên ngoài',
    en: 'The credential names the remote JSON-LD context "{url}": the platform never fetches documents',
  },
  'credentials.unknownContext': {
    vi: 'Chứng chỉ dùng ngữ cảnh JSON-LD không được hỗ trợ "{url}"',
    en: 'The credential uses the unsupported JSON-LD context "{url}"',
  },

  // The outcome of a check, shown beside its state
  'credentials.check.valid': { vi: 'Chữ ký hợp lệ, đơn vị cấp được xác minh, chứng chỉ còn hiệu lực', en: 'The signature is valid, the issuer is verified and the credential is in force' },
  'credentials.check.signatureInvalid': {
    vi: 'Chữ ký không hợp lệ: chứng chỉ có thể đã bị sửa đổi',
    en: 'The signature does not verify: the credential may have been tampered with',
  },
  'credentials.check.noProof': {
    vi: 'Chứng chỉ không có chữ ký eddsa-rdfc-2022 nào để kiểm tra: có thể đã bị sửa đổi',
    en: 'The credential carries no eddsa-rdfc-2022 signature to check: it may have been tampered with',
  },
  'credentials.check.revoked': { vi: 'Chứng chỉ đã bị thu hồi', en: 'The credential has been revoked' },
  'credentials.check.expired': { vi: 'Chứng chỉ đã hết hạn lúc {validUntil}', en: 'The credential expired at {validUntil}' },
  'credentials.check.notYetValid': { vi: 'Chứng chỉ chỉ có hiệu lực từ {validFrom}', en: 'The credential is valid only from {validFrom}' },
  'credentials.check.unknownIssuer': {
    vi: 'Không xác minh được đơn vị cấp "{issuer}": không phải HocSo, không dùng did:key và không có trong danh sách đơn vị tin cậy',
    en: 'The issuer "{issuer}" could not be verified: it is not HocSo, not a did:key and not on the trusted-issuer list',
  },
  'credentials.check.issuerNotSigner': {
    vi: 'Chữ ký không thuộc về đơn vị cấp "{issuer}"',
    en: 'The signature was not made by a key of the issuer "{issuer}"',
  },
  'credentials.check.statusUnknown': {
    vi: 'Không kiểm tra được tình trạng thu hồi (danh sách trạng thái không có sẵn): chưa thể nói chứng chỉ chưa bị thu hồi',
    en: 'The revocation status could not be checked (its status list is not available): it cannot be said not to be revoked',
  },

  // The trusted-issuer list
  'credentials.trustedIssuerNotFound': { vi: 'Không tìm thấy đơn vị tin cậy "{id}"', en: 'Trusted issuer "{id}" was not found' },
  'credentials.trustedIssuerDid': { vi: 'Định danh phải là did:web', en: 'The identifier must be a did:web' },
  'credentials.trustedIssuerDocument': {
    vi: 'Tài liệu DID không hợp lệ: {detail}',
    en: 'The DID document is not valid: {detail}',
  },
  'credentials.trustedIssuerExists': { vi: 'Đơn vị "{did}" đã có trong danh sách tin cậy', en: '"{did}" is already on the trusted-issuer list' },
  'credentials.trustedIssuerName': { vi: 'Tên đơn vị cần từ 1 đến 200 ký tự', en: 'The name needs 1 to 200 characters' },
  'credentials.trustedIssuerLogo': { vi: 'Logo phải là một địa chỉ https:// (tối đa 2000 ký tự)', en: 'The logo must be an https:// address (at most 2000 characters)' },
  'credentials.trustedIssuerIsPlatform': { vi: 'HocSo luôn được tin cậy, không cần thêm', en: 'HocSo itself is always trusted' },
});
