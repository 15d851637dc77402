import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { type Actor, ComplianceReportFilesService, DomainError, type Locale, type ReportFileFormat, type ReportKind } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';

const KINDS: readonly ReportKind[] = ['units', 'levels', 'experts'];
const FORMATS: Record<string, ReportFileFormat> = { csv: 'CSV', xlsx: 'XLSX' };
const MAX_QUERY_LENGTH = 100;

/**
 * Every compliance report as a download, behind the same rules as the report: `GET /compliance/reports/units.csv`
 * (or `.xlsx`; `levels`, `experts`) with `orgUnitId`, `requirementId` and, for experts, `unitKind` as query
 * parameters; needs `Authorization: Bearer <accessToken>`; headings in the reader's language.
 */
@Controller('compliance/reports')
export class ComplianceReportFilesController {
  constructor(private readonly files: ComplianceReportFilesService) {}

  @Get(':file')
  async download(
    @CurrentActor() actor: Actor,
    @Param('file') name: string,
    @Query() query: Record<string, unknown>,
    @RequestLocale() locale: Locale,
    @Res() res: Response,
  ): Promise<void> {
    const [kind, extension] = name.split('.');
    const format = FORMATS[extension ?? ''];
    if (!KINDS.includes(kind as ReportKind) || !format || name.split('.').length !== 2) throw DomainError.notFound('complianceReports.fileNotFound', name.slice(0, MAX_QUERY_LENGTH));
    const parameter = (key: string): string | null => {
      const value = query[key];
      if (value === undefined || value === '') return null;
      if (typeof value !== 'string' || value.length > MAX_QUERY_LENGTH) throw DomainError.badInput(key, 'complianceReports.queryInvalid', { max: MAX_QUERY_LENGTH });
      return value;
    };
    const file = await this.files.file(actor, { kind: kind as ReportKind, format, requirementId: parameter('requirementId'), orgUnitId: parameter('orgUnitId'), unitKind: parameter('unitKind') }, locale);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  }
}
