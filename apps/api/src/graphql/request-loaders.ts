import type { OrgUnitEntity, OrgUnitService, RoleGrantEntity, UserService } from '@hocso/server-core';
import DataLoader from 'dataloader';

/** Per-request DataLoaders: one query per kind of data however many objects a response holds. */
export class RequestLoaders {
  readonly orgUnitById: DataLoader<string, OrgUnitEntity | null>;
  readonly orgUnitChildren: DataLoader<string, OrgUnitEntity[]>;
  readonly orgUnitCounts: DataLoader<string, { children: number; members: number }>;
  readonly grantsByUserId: DataLoader<string, RoleGrantEntity[]>;

  constructor(orgUnits: OrgUnitService, users: UserService) {
    this.orgUnitById = new DataLoader(async (ids) => {
      const found = new Map((await orgUnits.findByIds(ids)).map((unit) => [unit.id, unit]));
      return ids.map((id) => found.get(id) ?? null);
    });
    this.orgUnitChildren = new DataLoader(async (ids) => {
      const byParent = await orgUnits.childrenOfMany(ids);
      return ids.map((id) => byParent.get(id) ?? []);
    });
    this.orgUnitCounts = new DataLoader(async (ids) => {
      const counts = await orgUnits.countsFor(ids);
      return ids.map((id) => counts.get(id) ?? { children: 0, members: 0 });
    });
    this.grantsByUserId = new DataLoader(async (ids) => {
      const grants = await users.grantsOf(ids);
      return ids.map((id) => grants.get(id) ?? []);
    });
  }
}

export interface GraphqlContext {
  req: import('../auth/request-with-actor').RequestWithActor;
  loaders: RequestLoaders;
}
