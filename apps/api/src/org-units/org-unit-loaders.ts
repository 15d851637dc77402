import type { OrgUnitEntity, OrgUnitService } from '@hocso/server-core';
import type DataLoader from 'dataloader';
import { byId, mapLoader } from '../graphql/map-loader';

/** Org units, their children and counts, batched per request. */
export class OrgUnitLoaders {
  readonly byId: DataLoader<string, OrgUnitEntity | null>;
  readonly children: DataLoader<string, OrgUnitEntity[]>;
  readonly counts: DataLoader<string, { children: number; members: number }>;

  constructor(orgUnits: OrgUnitService) {
    this.byId = mapLoader<OrgUnitEntity | null>(async (ids) => byId(await orgUnits.findByIds(ids)), null);
    this.children = mapLoader((ids) => orgUnits.childrenOfMany(ids), []);
    this.counts = mapLoader((ids) => orgUnits.countsFor(ids), { children: 0, members: 0 });
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    orgUnits: OrgUnitLoaders;
  }
}
