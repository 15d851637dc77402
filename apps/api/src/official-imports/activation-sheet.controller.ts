import { Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { type Actor, ActivationSheetService } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';

/**
 * The printable sheet of activation codes for the phone-only officials of a unit's subtree (administrators,
 * and unit managers inside theirs); needs `Authorization: Bearer <accessToken>`. A POST: each call issues
 * new codes and voids the earlier ones.
 */
@Controller('org-units')
export class ActivationSheetController {
  constructor(private readonly sheets: ActivationSheetService) {}

  @Post(':id/activation-sheet.pdf')
  @HttpCode(200)
  async sheet(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() res: Response): Promise<void> {
    const { pdf, count, unitCode } = await this.sheets.issue(actor, id);
    const name = `ma-kich-hoat-${unitCode.replace(/[^\w-]/g, '_')}.pdf`;
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Activation-Codes', String(count));
    res.send(pdf);
  }
}
