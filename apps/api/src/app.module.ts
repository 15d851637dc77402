import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AuthModule,
  HealthModule,
  OfficialImportsModule,
  OrgUnitsModule,
  PlatformModule,
  TracksModule,
  UsersModule,
} from '@hocso/server-core';
import { AuthGuard } from './auth/auth.guard';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { GraphqlOptionsFactory } from './graphql/graphql-options.factory';
import { HealthController } from './health/health.controller';
import { RESOLVERS } from './resolvers';

@Module({
  imports: [
    PlatformModule,
    AuthModule,
    UsersModule,
    OrgUnitsModule,
    TracksModule,
    OfficialImportsModule,
    HealthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [OrgUnitsModule, UsersModule],
      useClass: GraphqlOptionsFactory,
    }),
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    ...RESOLVERS,
  ],
})
export class AppModule {}
