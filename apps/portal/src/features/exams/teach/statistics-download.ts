import { downloadBlob } from '../../question-bank/download-text';

export type StatisticsFormat = 'csv' | 'xlsx';

/** Fetches `/exams/:id/statistics.csv|xlsx` with the bearer token (the file routes take no cookie) and saves it. */
export async function downloadStatistics(examId: string, format: StatisticsFormat, accessToken: string | null, fileStem: string): Promise<void> {
  const response = await fetch(`/exams/${encodeURIComponent(examId)}/statistics.${format}`, { headers: accessToken ? { authorization: `Bearer ${accessToken}` } : {} });
  if (!response.ok) throw Object.assign(new Error(`HTTP ${response.status}`), { name: 'ServerError', statusCode: response.status });
  downloadBlob(await response.blob(), `${fileStem}.${format}`);
}
