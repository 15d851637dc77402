import { Module } from '@nestjs/common';
import { LiveSessionsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoadersModule } from '../graphql/request-loaders';
import { LiveSessionCalendarController } from './live-session-calendar.controller';
import { LiveSessionsResolver } from './live-sessions.resolver';

const RESOLVERS = [LiveSessionsResolver];

/** Live sessions: organising, registration, check-in and their calendar file; reads use the cohort and course loaders. */
@Module({ imports: [LiveSessionsModule, RequestLoadersModule], providers: RESOLVERS, controllers: [LiveSessionCalendarController] })
export class LiveSessionsApiModule {}

export const LIVE_SESSIONS_API: ApiDomain = { module: LiveSessionsApiModule, resolvers: RESOLVERS };
