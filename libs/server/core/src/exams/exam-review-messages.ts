import { defineMessages } from '../i18n/translation';

/** What review, manual grading, regrading, statistics and the exam-day page tell their users, by reason key. */
export const EXAM_REVIEW_MESSAGES = defineMessages({
  'examReview.attemptInProgress': {
    vi: 'Lượt làm bài chưa nộp: chỉ xem lại được sau khi nộp bài',
    en: 'The attempt is not submitted yet: it can be reviewed once it is submitted',
  },
  'examReview.notYourAttempt': {
    vi: 'Bạn chỉ xem được lượt làm bài của chính mình',
    en: 'You can only see your own attempts',
  },
  'examGrading.attemptInProgress': {
    vi: 'Lượt làm bài chưa nộp nên chưa chấm được',
    en: 'The attempt is not submitted yet, so it cannot be graded',
  },
  'examGrading.slotUnknown': {
    vi: 'Lượt làm bài không có câu số {slot}',
    en: 'The attempt has no question {slot}',
  },
  'examGrading.pointsOutOfRange': {
    vi: 'Điểm của câu này phải từ 0 đến {max}',
    en: 'The points of this question must be between 0 and {max}',
  },
  'examGrading.commentTooLong': {
    vi: 'Nhận xét dài tối đa {max} ký tự',
    en: 'A comment has at most {max} characters',
  },
  'examRegrade.questionNotInExam': {
    vi: 'Câu hỏi "{id}" không thuộc ngân hàng câu hỏi của bài thi này',
    en: 'Question "{id}" is not in this exam’s question bank',
  },
  'examDay.forbidden': {
    vi: 'Trang ngày thi chỉ dành cho người soạn bài thi và cán bộ quản lý các đơn vị có người dự thi',
    en: 'The exam-day page is for the exam’s editors and the managers of the units whose people take it',
  },
  'examDay.minutesOutOfRange': {
    vi: 'Số phút gia hạn phải từ 1 đến {max}',
    en: 'The extension must be between 1 and {max} minutes',
  },
  'examStatistics.sheetName': { vi: 'Thống kê bài thi', en: 'Exam statistics' },
});
