import { Controller, Get, Param, Res } from '@nestjs/common';
import { type Actor, QuestionFileService } from '@hocso/server-core';
import type { Response } from 'express';
import { OptionalActor } from '../auth/current-actor.decorator';
import { Public } from '../auth/public.decorator';

/** Types a browser may show inline; anything else (SVG included: it can carry script) is sent as a download. */
const INLINE_TYPES = /^(image\/(png|jpeg|gif|webp|bmp)|audio\/(mpeg|ogg|wav)|video\/mp4)$/;

@Controller('files/questions')
export class QuestionFileController {
  constructor(private readonly files: QuestionFileService) {}

  /**
   * For the bank's members and administrators (bearer token, or the file cookie an `<img src>` carries);
   * the bytes under an id never change, but only the caller's own browser may keep them.
   */
  @Public()
  @Get(':id/:name')
  async download(@Param('id') id: string, @Param('name') name: string, @Res() res: Response, @OptionalActor() actor?: Actor): Promise<void> {
    const file = await this.files.getFor(actor, id, name);
    const etag = `"${file.sha256}"`;
    res.setHeader('Cache-Control', 'private, max-age=86400');
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
