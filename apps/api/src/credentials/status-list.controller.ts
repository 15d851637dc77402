import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import { StatusListService } from '@hocso/server-core';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';

/**
 * The signed BitstringStatusListCredential of one revocation list. Verifiers must see a revocation at once:
 * caches keep it only as long as it is revalidated (`no-cache` with the list's version as ETag, 304 when unchanged).
 */
@Controller('credentials/status')
export class StatusListController {
  constructor(private readonly lists: StatusListService) {}

  @Public()
  @Get(':listId')
  async statusList(@Param('listId') listId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const published = /^[A-Za-z0-9_-]{1,32}$/.test(listId) ? await this.lists.published(listId) : null;
    if (!published) throw new NotFoundException(`No status list ${listId}`);
    const etag = `"${listId}-${published.version}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'public, no-cache');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', 'application/vc+ld+json; charset=utf-8');
    res.send(JSON.stringify(published.credential));
  }
}
