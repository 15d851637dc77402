import { Controller, Get, Param, Res } from '@nestjs/common';
import { CertificateReadService, DomainError } from '@hocso/server-core';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';

const FILE_NAME = /^(.{1,64})\.(pdf|json)$/;

/**
 * A certificate's PDF (`/certificates/<serial>.pdf`) and signed credential (`/certificates/<serial>.json`),
 * public by serial like the verification page (see README "Choices").
 */
@Controller('certificates')
export class CertificateFilesController {
  constructor(private readonly reads: CertificateReadService) {}

  @Public()
  @Get(':file')
  async file(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = FILE_NAME.exec(file);
    if (!match) throw DomainError.notFound('certificate.notFound', file.slice(0, 64));
    const [, serial, extension] = match as unknown as [string, string, 'pdf' | 'json'];
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // The status can change (revocation): caches check again every time.
    res.setHeader('Cache-Control', 'no-cache');
    if (extension === 'json') {
      const credential = await this.reads.credential(serial);
      res.setHeader('Content-Type', 'application/vc+ld+json; charset=utf-8');
      res.send(JSON.stringify(credential, null, 2));
      return;
    }
    const { serial: found, stream } = await this.reads.pdf(serial);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${found}.pdf"`);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }
}
