import { Controller, Get, Param, Res } from '@nestjs/common';
import { type Actor, ExamStatisticsService, type Locale, statisticsFile, type StatisticsFileFormat } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';

/** The statistics of an exam as a CSV or XLSX download, in the reader's language; needs `Authorization: Bearer <accessToken>`. */
@Controller('exams')
export class ExamStatisticsExportController {
  constructor(private readonly statistics: ExamStatisticsService) {}

  @Get(':id/statistics.csv')
  async csv(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestLocale() locale: Locale, @Res() res: Response): Promise<void> {
    await this.send(actor, id, 'CSV', locale, res);
  }

  @Get(':id/statistics.xlsx')
  async xlsx(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestLocale() locale: Locale, @Res() res: Response): Promise<void> {
    await this.send(actor, id, 'XLSX', locale, res);
  }

  private async send(actor: Actor, examId: string, format: StatisticsFileFormat, locale: Locale, res: Response): Promise<void> {
    const file = await statisticsFile(await this.statistics.statistics(actor, examId), format, locale);
    const asciiName = file.fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || `statistics.${format.toLowerCase()}`;
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(file.body);
  }
}
