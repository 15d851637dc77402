import { Module } from '@nestjs/common';
import { UserService, UsersModule } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { FileSessionModule } from '../auth/file-session.module';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { UserLoaders } from './user-loaders';
import { UsersResolver } from './users.resolver';

const RESOLVERS = [UsersResolver];

@Module({ imports: [UsersModule, RequestLoadersModule, FileSessionModule], providers: RESOLVERS })
export class UsersApiModule {
  constructor(loaders: RequestLoaderRegistry, users: UserService) {
    loaders.register('users', () => new UserLoaders(users));
  }
}

export const USERS_API: ApiDomain = { module: UsersApiModule, resolvers: RESOLVERS };
