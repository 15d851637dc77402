import type { Locale } from '../../i18n/locale';
import { renderMessage } from '../../i18n/render-message';
import type { ExamStatistics } from './exam-statistics';
import type { STATISTICS_MESSAGES } from './statistics-messages';

/**
 * The statistics as table rows for a spreadsheet, headings in the reader's language: the exam's figures,
 * then one row per question, then the score histogram, with a blank row between. Percents and indexes are
 * written as Moodle's report shows them (facility, discrimination and internal consistency in %), with
 * two decimals and a `.`; an unknown value is an empty cell. `questionNames` adds each question's name.
 */
export function statisticsRows(statistics: ExamStatistics, locale: Locale, questionNames: ReadonlyMap<string, string> = new Map()): string[][] {
  const text = (key: keyof typeof STATISTICS_MESSAGES) => renderMessage(key, {}, locale);
  return [
    [text('statistics.attemptCount'), String(statistics.attemptCount)],
    [text('statistics.meanPercent'), decimal(statistics.meanPercent)],
    [text('statistics.medianPercent'), decimal(statistics.medianPercent)],
    [text('statistics.standardDeviation'), decimal(statistics.standardDeviation)],
    [text('statistics.cronbachAlpha'), percent(statistics.cronbachAlpha)],
    [],
    ['slot', 'questionId', 'question', 'attempts', 'facility', 'discrimination', 'flags'].map((column) =>
      text(`statistics.${column}` as keyof typeof STATISTICS_MESSAGES),
    ),
    ...statistics.questions.map((question) => [
      String(question.slot),
      question.questionId,
      questionNames.get(question.questionId) ?? '',
      String(question.attempts),
      percent(question.facility),
      percent(question.discrimination),
      question.flags.map((flag) => text(`statistics.flag.${flag}`)).join('; '),
    ]),
    [],
    [text('statistics.scoreRange'), text('statistics.attemptsInRange')],
    ...statistics.histogram.map((bin) => [`${bin.fromPercent}–${bin.toPercent}`, String(bin.count)]),
  ];
}

export { formulaSafe, toCsv } from '../../csv/csv-writer';

function decimal(value: number | null): string {
  return value === null ? '' : value.toFixed(2);
}

function percent(value: number | null): string {
  return value === null ? '' : decimal(value * 100);
}
