import { Module } from '@nestjs/common';
import { OfficialImportsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { OfficialImportsResolver } from './official-imports.resolver';

const RESOLVERS = [OfficialImportsResolver];

@Module({ imports: [OfficialImportsModule], providers: RESOLVERS })
export class OfficialImportsApiModule {}

export const OFFICIAL_IMPORTS_API: ApiDomain = { module: OfficialImportsApiModule, resolvers: RESOLVERS };
