import { Controller, Get, Param, Res } from '@nestjs/common';
import { QuestionFileService } from '@hocso/server-core';
import type { Response } from 'express';
import { Public } from '../auth/public.decorator';

/** Types a browser may show inline; anything else (SVG included: it can carry script) is sent as a download. */
const INLINE_TYPES = /^(image\/(png|jpeg|gif|webp|bmp)|audio\/(mpeg|ogg|wav)|video\/mp4)$/;

@Controller('files/questions')
export class QuestionFileController {
  constructor(private readonly files: QuestionFileService) {}

  /** Public by design: the random file id, which only the question text carries, is the key. */
  @Public()
  @Get(':id/:name')
  async download(@Param('id') id: string, @Param('name') name: string, @Res() res: Response): Promise<void> {
    const file = await this.files.get(id, name);
    const etag = `"${file.sha256}"`;
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.setHeader('ETag', etag);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    if (!INLINE_TYPES.test(file.mimeType)) {
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    }
    if (res.req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.type(file.mimeType).send(file.data);
  }
}
