import { defineMessages } from '../../i18n/translation';

/** Headings of the exam statistics export. */
export const STATISTICS_MESSAGES = defineMessages({
  'statistics.attemptCount': { vi: 'Số bài làm (lần làm đầu tiên đã chấm của mỗi học viên)', en: 'Attempts (each learner’s first graded one)' },
  'statistics.meanPercent': { vi: 'Điểm trung bình (%)', en: 'Mean score (%)' },
  'statistics.medianPercent': { vi: 'Điểm trung vị (%)', en: 'Median score (%)' },
  'statistics.standardDeviation': { vi: 'Độ lệch chuẩn (%)', en: 'Standard deviation (%)' },
  'statistics.cronbachAlpha': { vi: 'Hệ số nhất quán nội tại (%)', en: 'Coefficient of internal consistency (%)' },
  'statistics.slot': { vi: 'Vị trí', en: 'Position' },
  'statistics.questionId': { vi: 'Mã câu hỏi', en: 'Question id' },
  'statistics.question': { vi: 'Câu hỏi', en: 'Question' },
  'statistics.attempts': { vi: 'Số lượt làm', en: 'Attempts' },
  'statistics.facility': { vi: 'Chỉ số độ dễ (%)', en: 'Facility index (%)' },
  'statistics.discrimination': { vi: 'Chỉ số phân biệt (%)', en: 'Discrimination index (%)' },
  'statistics.flags': { vi: 'Cần xem lại', en: 'To review' },
  'statistics.flag.NEGATIVE_DISCRIMINATION': { vi: 'độ phân biệt âm', en: 'negative discrimination' },
  'statistics.flag.VERY_EASY': { vi: 'quá dễ', en: 'very easy' },
  'statistics.flag.VERY_HARD': { vi: 'quá khó', en: 'very hard' },
  'statistics.scoreRange': { vi: 'Khoảng điểm (%)', en: 'Score range (%)' },
  'statistics.attemptsInRange': { vi: 'Số bài làm', en: 'Attempts' },
});
