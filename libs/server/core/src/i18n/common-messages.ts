import { defineMessages } from './translation';

/** Messages that belong to no one domain. */
export const COMMON_MESSAGES = defineMessages({
  'common.signInRequired': { vi: 'Vui lòng đăng nhập', en: 'Please sign in' },
  'common.forbidden': { vi: 'Bạn không có quyền làm việc này', en: 'You are not allowed to do this' },
  'common.internal': { vi: 'Đã có lỗi ở phía hệ thống; vui lòng thử lại', en: 'Something went wrong on our side; please try again' },
  'common.unavailable': {
    vi: 'Hệ thống tạm thời gián đoạn, yêu cầu chưa được thực hiện; vui lòng thử lại sau {retryAfterSeconds} giây',
    en: 'The service is briefly unavailable and nothing was done; please try again in {retryAfterSeconds} seconds',
  },
  'common.badRequest': { vi: 'Yêu cầu không hợp lệ', en: 'The request is not valid' },
});
