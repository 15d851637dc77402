import { Module } from '@nestjs/common';
import { OfficialImportsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { ActivationSheetController } from './activation-sheet.controller';
import { OfficialImportsResolver } from './official-imports.resolver';

const RESOLVERS = [OfficialImportsResolver];

@Module({ imports: [OfficialImportsModule], providers: RESOLVERS, controllers: [ActivationSheetController] })
export class OfficialImportsApiModule {}

export const OFFICIAL_IMPORTS_API: ApiDomain = { module: OfficialImportsApiModule, resolvers: RESOLVERS };
