import writeXlsxFile from 'write-excel-file/node';
import type { Locale } from '../i18n/locale';
import { renderMessage } from '../i18n/render-message';
import type { ExamStatisticsView } from './exam-statistics.service';
import { statisticsRows, toCsv } from './statistics';

export type StatisticsFileFormat = 'CSV' | 'XLSX';

export interface StatisticsFile {
  fileName: string;
  mimeType: string;
  body: Buffer;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The statistics as a file: the same rows in CSV (UTF-8 with a byte order mark) or in one XLSX sheet. */
export async function statisticsFile(view: ExamStatisticsView, format: StatisticsFileFormat, locale: Locale): Promise<StatisticsFile> {
  const names = new Map(view.questions.map((question) => [question.questionId, question.promptExcerpt]));
  const rows = statisticsRows(view, locale, names);
  const baseName = `${view.exam.title.normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim().slice(0, 100) || 'exam'} - ${renderMessage('examStatistics.sheetName', {}, locale)}`;
  if (format === 'CSV') return { fileName: `${baseName}.csv`, mimeType: 'text/csv; charset=utf-8', body: Buffer.from(toCsv(rows), 'utf8') };
  // Numbers go in as numbers, so that a spreadsheet sums and charts them; every other cell is a string, never a formula.
  const sheet = rows.map((row) => (row.length === 0 ? [null] : row.map((cell) => (PLAIN_NUMBER.test(cell) ? Number(cell) : cell))));
  const body = await writeXlsxFile(sheet, { sheet: renderMessage('examStatistics.sheetName', {}, locale).slice(0, 31) }).toBuffer();
  return { fileName: `${baseName}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
}
