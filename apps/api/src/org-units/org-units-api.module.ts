import { Module } from '@nestjs/common';
import { OrgUnitService, OrgUnitsModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { OrgUnitLoaders } from './org-unit-loaders';
import { OrgUnitsResolver } from './org-units.resolver';

const RESOLVERS = [OrgUnitsResolver];

@Module({ imports: [OrgUnitsModule, RequestLoadersModule], providers: RESOLVERS })
export class OrgUnitsApiModule {
  constructor(loaders: RequestLoaderRegistry, orgUnits: OrgUnitService) {
    loaders.register('orgUnits', () => new OrgUnitLoaders(orgUnits));
  }
}

export const ORG_UNITS_API: ApiDomain = { module: OrgUnitsApiModule, resolvers: RESOLVERS };
