import type { ExamStatistics } from './exam-statistics';
import { formulaSafe, statisticsRows, toCsv } from './statistics-csv';

const STATISTICS: ExamStatistics = {
  attemptCount: 5,
  meanPercent: 60,
  medianPercent: 75,
  standardDeviation: Math.sqrt(1125),
  cronbachAlpha: 1 / 3,
  questions: [
    { slot: 1, questionId: 'q1', attempts: 5, facility: 0.6, discrimination: -0.14002800840280097, flags: ['NEGATIVE_DISCRIMINATION'] },
    { slot: 2, questionId: 'q2', attempts: 1, facility: 0.95, discrimination: null, flags: ['VERY_EASY'] },
  ],
  histogram: Array.from({ length: 10 }, (_bin, index) => ({ fromPercent: index * 10, toPercent: index * 10 + 10, count: index === 9 ? 1 : 0 })),
};

describe('statisticsRows', () => {
  it('lays out the figures, the questions and the histogram, headings in the reader’s language', () => {
    const rows = statisticsRows(STATISTICS, 'vi', new Map([['q1', '=HYPERLINK("http://x")']]));
    expect(rows.slice(0, 9)).toEqual([
      ['Số bài làm (lần làm đầu tiên đã chấm của mỗi học viên)', '5'],
      ['Điểm trung bình (%)', '60.00'],
      ['Điểm trung vị (%)', '75.00'],
      ['Độ lệch chuẩn (%)', '33.54'],
      ['Hệ số nhất quán nội tại (%)', '33.33'],
      [],
      ['Vị trí', 'Mã câu hỏi', 'Câu hỏi', 'Số lượt làm', 'Chỉ số độ dễ (%)', 'Chỉ số phân biệt (%)', 'Cần xem lại'],
      ['1', 'q1', '=HYPERLINK("http://x")', '5', '60.00', '-14.00', 'độ phân biệt âm'],
      ['2', 'q2', '', '1', '95.00', '', 'quá dễ'],
    ]);
    expect(rows.slice(9)).toEqual([
      [],
      ['Khoảng điểm (%)', 'Số bài làm'],
      ...Array.from({ length: 10 }, (_bin, index) => [`${index * 10}–${index * 10 + 10}`, index === 9 ? '1' : '0']),
    ]);
    expect(statisticsRows(STATISTICS, 'en')[6]?.[4]).toBe('Facility index (%)');
  });

  it('leaves unknown figures empty', () => {
    const empty: ExamStatistics = { ...STATISTICS, attemptCount: 0, meanPercent: null, medianPercent: null, standardDeviation: null, cronbachAlpha: null };
    expect(statisticsRows(empty, 'en').slice(0, 5).map((row) => row[1])).toEqual(['0', '', '', '', '']);
  });
});

describe('toCsv', () => {
  it('writes RFC 4180 with a byte order mark, quoting what needs it', () => {
    expect(toCsv([['a', 'b, c', 'say "hi"'], [], ['dòng\nhai']])).toBe('\uFEFFa,"b, c","say ""hi"""\r\n\r\n"dòng\nhai"\r\n');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const csv = toCsv(statisticsRows(STATISTICS, 'vi', new Map([['q1', '=HYPERLINK("http://x")']])));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(',-14.00,');
  });
});

describe('formulaSafe', () => {
  it('prefixes text starting with = + - @ tab or carriage return, and leaves numbers alone', () => {
    expect(['=1+1', '+84 912', '-x', '@SUM(A1)', '\tx', '\rx'].map(formulaSafe)).toEqual(["'=1+1", "'+84 912", "'-x", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['-12.50', '-3', 'a=b', '', '12'].map(formulaSafe)).toEqual(['-12.50', '-3', 'a=b', '', '12']);
  });
});
