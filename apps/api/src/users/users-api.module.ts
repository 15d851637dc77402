import { Module } from '@nestjs/common';
import { UserAdministrationModule, UserService } from '@hocso/server-core';
import type { ApiDomain } from '../api-domain';
import { FileSessionModule } from '../auth/file-session.module';
import { RequestLoaderRegistry, RequestLoadersModule } from '../graphql/request-loaders';
import { UserLoaders } from './user-loaders';
import { UsersExportController } from './users-export.controller';
import { UsersResolver } from './users.resolver';

const RESOLVERS = [UsersResolver];

@Module({ imports: [UserAdministrationModule, RequestLoadersModule, FileSessionModule], providers: RESOLVERS, controllers: [UsersExportController] })
export class UsersApiModule {
  constructor(loaders: RequestLoaderRegistry, users: UserService) {
    loaders.register('users', () => new UserLoaders(users));
  }
}

export const USERS_API: ApiDomain = { module: UsersApiModule, resolvers: RESOLVERS };
