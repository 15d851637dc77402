import { defineMessages } from '../i18n/translation';

export const PAGINATION_MESSAGES = defineMessages({
  'pagination.cursorOfOtherOrder': {
    vi: 'Con trỏ trang này thuộc về một danh sách hoặc tìm kiếm khác; hãy bắt đầu lại từ trang đầu',
    en: 'This cursor belongs to another list or search; start again from the first page',
  },
  'pagination.cursorInvalid': {
    vi: 'Con trỏ trang không hợp lệ; hãy dùng endCursor của một trang trước đó',
    en: 'This cursor is not valid; use endCursor from a previous page',
  },
});
