import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { type Actor, APP_CONFIG, type AppConfig, type Locale, liveSessionCalendar, LiveSessionService, publicUrlOf } from '@hocso/server-core';
import type { Response } from 'express';
import { CurrentActor } from '../auth/current-actor.decorator';
import { RequestLocale } from '../common/request-locale.decorator';

/** A session's iCalendar file, for whoever sees the session; needs `Authorization: Bearer <accessToken>`. */
@Controller('live-sessions')
export class LiveSessionCalendarController {
  constructor(
    private readonly sessions: LiveSessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/calendar.ics')
  async calendar(@CurrentActor() actor: Actor, @Param('id') id: string, @RequestLocale() locale: Locale, @Res() res: Response): Promise<void> {
    const { session } = await this.sessions.visible(actor, id);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="session-${session.id}.ics"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(liveSessionCalendar(session, { publicUrl: publicUrlOf(this.config), locale, now: new Date() }));
  }
}
