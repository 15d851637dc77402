import { defineMessages } from '../i18n/translation';

/** What starting, answering and submitting an attempt tell the learner, by reason key. */
export const ATTEMPT_MESSAGES = defineMessages({
  'exam.noAttemptsLeft': {
    vi: 'Bạn đã dùng hết {max} lượt làm bài được phép',
    en: 'You have used all {max} attempts allowed',
  },
  'exam.attemptDelay': {
    vi: 'Bạn cần chờ thêm {retryAfterSeconds} giây trước lượt làm bài tiếp theo',
    en: 'Wait {retryAfterSeconds} more seconds before the next attempt',
  },
  'exam.notEnoughQuestions': {
    vi: 'Quy tắc {rule} của bài thi cần {asked} câu hỏi nhưng ngân hàng chỉ còn {available} câu',
    en: 'Rule {rule} of the exam asks for {asked} questions but the bank holds only {available}',
  },
  'exam.waitingRoom': {
    vi: 'Đang có nhiều người vào thi cùng lúc. Bạn ở vị trí khoảng {position}; hệ thống tự thử lại sau {seconds} giây',
    en: 'Many people are starting the exam at once. You are at about place {position} in line; it will try again by itself in {seconds} seconds',
  },
  'exam.startedElsewhere': {
    vi: 'Lượt làm bài vừa được bắt đầu trên một thiết bị khác; hãy thử lại',
    en: 'An attempt was just started on another device; try again',
  },
  'exam.attemptClosed': {
    vi: 'Lượt làm bài đã kết thúc; câu trả lời này không được lưu',
    en: 'The attempt is over; this answer was not saved',
  },
  'exam.slotUnknown': {
    vi: 'Lượt làm bài không có câu số {slot} (có {count} câu)',
    en: 'The attempt has no question {slot} (it has {count})',
  },
  'exam.clientSeqOutOfRange': {
    vi: 'Số thứ tự lần lưu phải từ 0 đến {max}',
    en: 'The save sequence number must be between 0 and {max}',
  },
  'exam.answerDoesNotFit': {
    vi: 'Câu trả lời không phù hợp với câu hỏi số {slot}',
    en: 'The answer does not fit question {slot}',
  },
});

export type AttemptMessageKey = keyof typeof ATTEMPT_MESSAGES;
