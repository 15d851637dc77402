import { Module } from '@nestjs/common';
import { TracksModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { TracksResolver } from './tracks.resolver';

const RESOLVERS = [TracksResolver];

@Module({ imports: [TracksModule], providers: RESOLVERS })
export class TracksApiModule {}

export const TRACKS_API: ApiDomain = { module: TracksApiModule, resolvers: RESOLVERS };
