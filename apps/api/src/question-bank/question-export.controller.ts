import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { type Actor, DomainError, type QuestionFormat, QuestionExportService } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';

const FORMATS: Record<string, QuestionFormat> = { gift: 'GIFT', moodle_xml: 'MOODLE_XML', xml: 'MOODLE_XML', aiken: 'AIKEN' };

/** A download of the export for browsers and scripts; needs `Authorization: Bearer <accessToken>`. */
@Controller('question-banks')
export class QuestionExportController {
  constructor(private readonly exporter: QuestionExportService) {}

  @Get(':id/export')
  async export(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Query('format') format: string | undefined,
    @Query('category') category: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const chosen = FORMATS[(format ?? 'gift').toLowerCase()];
    if (!chosen) throw DomainError.badInput('format', 'questionBank.exportFormatParameter');
    const exported = await this.exporter.export(actor, id, chosen, { category: typeof category === 'string' ? category : null });
    const asciiName = exported.fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'questions';
    res.setHeader('Content-Type', exported.mimeType);
    res.setHeader('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(exported.fileName)}`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Question-Count', String(exported.questionCount));
    res.setHeader('X-Skipped-Count', String(exported.skipped.length));
    res.send(exported.text);
  }
}
