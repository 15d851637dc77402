import { notificationText } from './notification-text';

describe('notificationText', () => {
  it('reads a parameter written in each language in the reader\'s', () => {
    const digest = { kind: 'requirement.reminders', params: { key: 'reminders-2027-03-01', count: 2, items_vi: '• Quá hạn', items_en: '• Overdue' } };
    expect(notificationText(digest, 'vi')).toEqual({ title: 'Nhắc nhở đào tạo bắt buộc (2)', body: 'Đào tạo bắt buộc cần bạn lưu ý:\n• Quá hạn' });
    expect(notificationText(digest, 'en')).toEqual({ title: 'Mandatory training reminders (2)', body: 'Mandatory training that needs your attention:\n• Overdue' });
  });
});
