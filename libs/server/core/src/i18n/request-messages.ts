import { defineMessages } from './translation';

/**
 * Refusals of the request itself, before any domain rule runs: the HTTP body, and GraphQL's own errors
 * (syntax, validation, variables), which get a sentence by their code; the original text stays in
 * `extensions.detail`.
 */
export const REQUEST_MESSAGES = defineMessages({
  'request.bodyTooLarge': { vi: 'Dữ liệu gửi lên vượt quá giới hạn {limit} MB', en: 'The request body is larger than the {limit} MB limit' },
  'request.bodyNotJson': { vi: 'Dữ liệu gửi lên không phải là JSON hợp lệ', en: 'The request body is not valid JSON' },
  'request.tooDeep': {
    vi: 'Truy vấn lồng nhau sâu hơn mức cho phép ({max} cấp)',
    en: 'The query is nested deeper than the limit of {max} levels',
  },
  'request.invalidOperation': {
    vi: 'Yêu cầu gửi lên máy chủ không hợp lệ; vui lòng tải lại trang rồi thử lại',
    en: 'The request is not a valid operation of this API',
  },
  'request.invalidValues': {
    vi: 'Có giá trị gửi lên không hợp lệ; vui lòng kiểm tra lại thông tin đã nhập',
    en: 'Some of the values sent are not valid',
  },
  'request.notFound': { vi: 'Không tìm thấy nội dung được yêu cầu', en: 'What you asked for was not found' },
  'request.conflict': { vi: 'Thao tác xung đột với dữ liệu hiện có', en: 'This conflicts with the data as it is now' },
  'request.tooMany': {
    vi: 'Bạn đã gửi quá nhiều yêu cầu; vui lòng thử lại sau ít phút',
    en: 'Too many requests; please try again in a few minutes',
  },
});
