import { OFFICIAL_IMPORT_COLUMNS } from '@hocso/contracts';
import type { OfficialImportStatus } from '@hocso/portal-data-access';

export const OFFICIAL_IMPORT_HEADER = OFFICIAL_IMPORT_COLUMNS.join(',');
export const SAMPLE_CSV_FILE_NAME = 'mau-nhap-can-bo.csv';
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

export const SAMPLE_OFFICIAL_CSV = [
  OFFICIAL_IMPORT_HEADER,
  'Nguyễn Văn An,an.nguyen@example.gov.vn,0912345678,BT-SO-TTTT,OFFICIAL,Chuyên viên',
  'Trần Thị Bích,bich.tran@example.gov.vn,0987654321,BT-CHAUTHANH,LEADER,Phó Chủ tịch UBND huyện',
  'Lê Minh Châu,chau.le@example.gov.vn,0901234567,BT-CHAUTHANH-TANTHACH,VILLAGE_HEAD,Tổ trưởng ấp',
].join('\n');

/** With a byte-order mark, so that Excel on Windows opens the Vietnamese text as UTF-8. */
export const SAMPLE_OFFICIAL_CSV_FILE_CONTENT = `\uFEFF${SAMPLE_OFFICIAL_CSV}\n`;

export function isFinishedImportStatus(status: OfficialImportStatus): boolean {
  return status === 'COMPLETED' || status === 'FAILED';
}

export function displayedImportPercent(status: OfficialImportStatus, percent: number): number {
  if (status === 'COMPLETED') return 100;
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, Math.round(percent)));
}

export function looksLikeCsvFile(file: { name: string; type: string }): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}
