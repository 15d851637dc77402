import { Controller, Get, Logger, Param, Res } from '@nestjs/common';
import { type Actor, CourseCertificateReadService } from '@hocso/server-core';
import type { Response } from 'express';
import { ZipFile } from 'yazl';
import { CurrentActor } from '../auth/current-actor.decorator';
import { certificateZipEntryName } from './certificate-zip-name';

/**
 * A course's certificates as one ZIP of their PDFs, for administrators and the course's trainers. Under
 * /files so that a plain download link carries the file cookie (see FileSessionCookie). The archive is
 * streamed: rows are read a chunk at a time, each PDF opened only when the archive reaches it, stored
 * without compression (PDFs are compressed already), so memory does not grow with the course.
 */
@Controller('files/courses')
export class CourseCertificatesZipController {
  private readonly logger = new Logger('CourseCertificatesZip');

  constructor(private readonly reads: CourseCertificateReadService) {}

  @Get(':courseId/certificates.zip')
  async zip(@CurrentActor() actor: Actor, @Param('courseId') courseId: string, @Res() res: Response): Promise<void> {
    // The right is checked, and the course found, before the first byte: a refusal is a plain error answer.
    const files = await this.reads.files(actor, courseId);
    const zip = new ZipFile();
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="certificates-${courseId}.zip"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const fail = (error: unknown) => {
      this.logger.warn(`ZIP of course ${courseId} stopped: ${error instanceof Error ? error.message : error}`);
      res.destroy();
    };
    zip.on('error', fail);
    zip.outputStream.pipe(res);
    let aborted = false;
    res.on('close', () => (aborted = true));
    try {
      for await (const file of files) {
        if (aborted) return;
        zip.addReadStreamLazy(certificateZipEntryName(file.serial, file.holderName), { mtime: file.issuedAt, compress: false }, (done) => {
          file.open().then(
            (stream) => (stream ? done(null, stream) : done(new Error(`the PDF of ${file.serial} is missing from storage`), undefined as never)),
            (error: unknown) => done(error, undefined as never),
          );
        });
      }
      zip.end();
    } catch (error) {
      fail(error);
    }
  }
}
