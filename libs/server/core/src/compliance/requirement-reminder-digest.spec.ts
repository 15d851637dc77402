import { DIGEST_MAX_LINES, digestText } from './requirement-reminder.service';

describe('digestText', () => {
  const due = new Date('2027-03-31T16:59:59Z');
  const reminder = (userId: string, kind: 'ASSIGNED' | 'OVERDUE', title: string) => ({ kind, user_id: userId, title, due_at: due, person_name: `Người ${userId}`, renewal: false });

  it('lists the recipient\'s own reminders first, then the people they manage, in the reader\'s language', () => {
    const lines = [reminder('p', 'OVERDUE', 'B'), reminder('me', 'ASSIGNED', 'A')];
    expect(digestText(lines, 'me', 'vi').split('\n')).toEqual(['• Bạn được giao "A", hạn 31/03/2027', '• Người p quá hạn "B" (hạn 31/03/2027)']);
    expect(digestText(lines, 'me', 'en').split('\n')).toEqual(['• You have been assigned "A", due 31/03/2027', '• Người p is overdue on "B" (due 31/03/2027)']);
  });

  it('words the reminders of a renewal as such: the completion expires on the date', () => {
    const renewal = { kind: 'RENEWAL' as const, user_id: 'me', title: 'A', due_at: due, person_name: 'Tôi', renewal: true };
    expect(digestText([renewal], 'me', 'vi')).toBe('• Đã đến lúc học lại "A": kết quả của bạn hết hiệu lực ngày 31/03/2027');
    expect(digestText([{ ...renewal, kind: 'DUE_3' }], 'me', 'en')).toBe('• Only a few days left to renew "A": it expires on 31/03/2027');
  });

  it('lists at most a fixed number of lines and counts the rest', () => {
    const many = Array.from({ length: DIGEST_MAX_LINES + 5 }, (_, index) => reminder(`p${index}`, 'OVERDUE', `R${index}`));
    const lines = digestText(many, 'me', 'vi').split('\n');
    expect(lines).toHaveLength(DIGEST_MAX_LINES + 1);
    expect(lines.at(-1)).toBe('… và 5 nhắc nhở khác');
  });
});
