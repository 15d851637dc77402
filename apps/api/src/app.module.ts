import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AuthModule, HealthModule, PlatformModule } from '@hocso/server-core';
import { API_DOMAINS } from './api-domains';
import { AuthGuard } from './auth/auth.guard';
import { FilesModule } from './files/files.module';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { GraphqlOptionsFactory } from './graphql/graphql-options.factory';
import { RequestLoadersModule } from './graphql/request-loaders';
import { HealthController } from './health/health.controller';

@Module({
  imports: [
    PlatformModule,
    // The guard below signs every request in.
    AuthModule,
    ...API_DOMAINS.map((domain) => domain.module),
    FilesModule,
    HealthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [RequestLoadersModule],
      useClass: GraphqlOptionsFactory,
    }),
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
  ],
})
export class AppModule {}
