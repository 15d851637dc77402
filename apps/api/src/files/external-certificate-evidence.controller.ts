import { Controller, Get, HttpCode, Param, Post, Res, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Actor, DomainError, ExternalCertificateEvidenceService } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { UploadErrorFilter } from './upload-error.filter';

/** The URL an evidence file is read at (holder and reviewers; the file cookie carries the session for <img> and links). */
export function evidenceFileUrl(id: string): string {
  return `/files/external-certificate-evidence/${id}`;
}

/**
 * External certificate evidence as a file: upload (any signed-in learner, multipart field `file`: a PDF, JPEG
 * or PNG up to UPLOAD_MAX_MB) and download, for the holder and those who may review the certificate.
 */
@Controller()
@UseFilters(UploadErrorFilter)
export class ExternalCertificateEvidenceController {
  constructor(private readonly evidence: ExternalCertificateEvidenceService) {}

  @Post('uploads/external-certificate-evidence')
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @CurrentActor() actor: Actor,
    @UploadedFile() file: { originalname: string; buffer: Buffer } | undefined,
  ): Promise<{ id: string; name: string; size: number; mimeType: string; url: string }> {
    if (!file) throw DomainError.badInput('file', 'files.missing');
    const saved = await this.evidence.upload(actor, { originalName: file.originalname, content: file.buffer });
    return { id: saved.id, name: saved.name, size: saved.size, mimeType: saved.mimeType, url: evidenceFileUrl(saved.id) };
  }

  @Get('files/external-certificate-evidence/:id')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { file, stream } = await this.evidence.openFor(actor, id);
    res.setHeader('Content-Type', file.mimeType);
    res.setHeader('Content-Length', String(file.size));
    // Images are shown in the review queue; a PDF is downloaded, never rendered by the portal's origin.
    const disposition = file.mimeType === 'application/pdf' ? 'attachment' : 'inline';
    res.setHeader('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
