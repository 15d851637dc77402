import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import writeXlsxFile from 'write-excel-file/node';
import type { Actor } from '../../access/actor';
import { formulaSafe, toCsv } from '../../exams/statistics/statistics-csv';
import type { Locale } from '../../i18n/locale';
import type { MessageKey } from '../../i18n/messages';
import { renderMessage } from '../../i18n/render-message';
import { type ComplianceFigures, ComplianceReportService } from '../compliance-report.service';
import { LevelReportService } from './level-report.service';
import { UnitExpertRosterService } from './unit-expert-roster.service';

export type ReportFileFormat = 'CSV' | 'XLSX';

export type ReportKind = 'units' | 'levels' | 'experts';

export interface ReportFile {
  fileName: string;
  mimeType: string;
  body: Buffer;
}

export interface ReportFileRequest {
  kind: ReportKind;
  format: ReportFileFormat;
  requirementId: string | null;
  orgUnitId: string | null;
  unitKind: string | null;
}

/** Rates are written as percents with one decimal, as the plan's table has them ("86.2"). */
const RATE_DIGITS = 1;

/**
 * Every compliance report as a file, behind the same rules as the report itself, with headings in the reader's
 * language: CSV (UTF-8 with a byte order mark, so Excel reads Vietnamese) or one XLSX sheet. Text cells that a
 * spreadsheet would run as a formula (=, +, -, @) start with a `'` in both.
 */
@Injectable()
export class ComplianceReportFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly units: ComplianceReportService,
    private readonly levels: LevelReportService,
    private readonly experts: UnitExpertRosterService,
  ) {}

  async file(actor: Actor, request: ReportFileRequest, locale: Locale): Promise<ReportFile> {
    const text = (key: MessageKey) => renderMessage(key, {}, locale);
    const rows = await this.rows(actor, request, locale, text);
    const sheetName = text(`complianceReports.sheet.${request.kind}`);
    const baseName = `${sheetName} ${new Date().toISOString().slice(0, 10)}`;
    if (request.format === 'CSV') return { fileName: `${baseName}.csv`, mimeType: 'text/csv; charset=utf-8', body: Buffer.from(toCsv(rows.map((row) => row.map(String))), 'utf8') };
    const sheet = rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : formulaSafe(cell))));
    const body = await writeXlsxFile(sheet, { sheet: sheetName.slice(0, 31) }).toBuffer();
    return { fileName: `${baseName}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body };
  }

  private async rows(actor: Actor, request: ReportFileRequest, locale: Locale, text: (key: MessageKey) => string): Promise<Array<Array<string | number>>> {
    const figureHeadings = ['required', 'completed', 'overdue', 'rate'].map((column) => text(`complianceReports.column.${column}` as MessageKey));
    if (request.kind === 'levels') {
      const report = await this.levels.report(actor, request.requirementId, request.orgUnitId);
      const name = (level: { nameVi: string; nameEn: string }) => (locale === 'en' ? level.nameEn : level.nameVi);
      return [
        [text('complianceReports.column.level'), ...figureHeadings.filter((_, index) => index !== 2)],
        ...report.rows.map((row) => [name(row.level), row.required, row.completed, percent(row.rate)]),
        [text('complianceReports.total'), report.total.required, report.total.completed, percent(report.total.rate)],
      ];
    }
    if (request.kind === 'experts') {
      const roster = await this.experts.roster(actor, request.unitKind);
      const named = await this.unitsById(roster.map((row) => row.orgUnitId));
      return [
        ['unit', 'unitCode', 'unitKind', 'experts'].map((column) => text(`complianceReports.column.${column}` as MessageKey)),
        ...roster.map((row) => {
          const unit = named.get(row.orgUnitId);
          return [unit?.name ?? '', unit?.code ?? '', unit?.kind ?? '', row.experts.map((expert) => expert.fullName).join('; ')];
        }),
      ];
    }
    const report = await this.units.report(actor, request.requirementId, request.orgUnitId);
    const all = [report.total, ...report.rows];
    const named = await this.unitsById(all.map((row) => row.orgUnitId));
    const line = (row: ComplianceFigures) => {
      const unit = named.get(row.orgUnitId);
      return [unit?.name ?? '', unit?.code ?? '', row.required, row.completed, row.overdue, percent(row.rate)];
    };
    return [[text('complianceReports.column.unit'), text('complianceReports.column.unitCode'), ...figureHeadings], ...report.rows.map(line), [text('complianceReports.total'), ...line(report.total).slice(1)]];
  }

  private async unitsById(ids: string[]): Promise<Map<string, { name: string; code: string; kind: string }>> {
    const rows: Array<{ id: string; name: string; code: string; kind: string }> = ids.length === 0 ? [] : await this.dataSource.query('SELECT id, name, code, kind FROM org_unit WHERE id = ANY ($1::uuid[])', [ids]);
    return new Map(rows.map((row) => [row.id, row]));
  }
}

function percent(rate: number | null): number | string {
  return rate === null ? '' : Number((rate * 100).toFixed(RATE_DIGITS));
}
