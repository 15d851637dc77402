import { describe, expect, it } from '@jest/globals';
import { displayedImportPercent, isFinishedImportStatus, looksLikeCsvFile, OFFICIAL_IMPORT_HEADER, SAMPLE_OFFICIAL_CSV } from './official-import-csv';

describe('official import CSV helpers', () => {
  it('starts the sample with the expected header', () => {
    expect(OFFICIAL_IMPORT_HEADER).toBe('full_name,email,phone,org_unit_code,audience,position');
    expect(SAMPLE_OFFICIAL_CSV.split('\n')[0]).toBe(OFFICIAL_IMPORT_HEADER);
    for (const line of SAMPLE_OFFICIAL_CSV.split('\n')) expect(line.split(',')).toHaveLength(6);
  });

  it('knows which statuses are final', () => {
    expect(isFinishedImportStatus('COMPLETED')).toBe(true);
    expect(isFinishedImportStatus('FAILED')).toBe(true);
    expect(isFinishedImportStatus('QUEUED')).toBe(false);
    expect(isFinishedImportStatus('RUNNING')).toBe(false);
  });

  it('shows a bounded whole percent, and 100 once completed', () => {
    expect(displayedImportPercent('RUNNING', 42.6)).toBe(43);
    expect(displayedImportPercent('RUNNING', 130)).toBe(100);
    expect(displayedImportPercent('QUEUED', Number.NaN)).toBe(0);
    expect(displayedImportPercent('COMPLETED', 99)).toBe(100);
    expect(displayedImportPercent('FAILED', 40)).toBe(40);
  });

  it('accepts CSV files by extension or type', () => {
    expect(looksLikeCsvFile({ name: 'can-bo.CSV', type: '' })).toBe(true);
    expect(looksLikeCsvFile({ name: 'export', type: 'text/csv' })).toBe(true);
    expect(looksLikeCsvFile({ name: 'can-bo.xlsx', type: 'application/vnd.ms-excel' })).toBe(false);
  });
});
