import type { RoleGrantEntity, UserEntity, UserService } from '@hocso/server-core';
import type DataLoader from 'dataloader';
import { byId, mapLoader } from '../graphql/map-loader';

/** People and their role grants, batched per request. */
export class UserLoaders {
  readonly byId: DataLoader<string, UserEntity | null>;
  readonly grantsByUserId: DataLoader<string, RoleGrantEntity[]>;

  constructor(users: UserService) {
    this.byId = mapLoader<UserEntity | null>(async (ids) => byId(await users.findByIds(ids)), null);
    this.grantsByUserId = mapLoader((ids) => users.grantsOf(ids), []);
  }
}

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    users: UserLoaders;
  }
}
