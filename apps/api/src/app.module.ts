import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import {
  AuthModule,
  CoursesModule,
  EnrollmentsModule,
  HealthModule,
  OfficialImportsModule,
  OrgUnitsModule,
  PlatformModule,
  QuestionBankModule,
  TracksModule,
  UsersModule,
} from '@hocso/server-core';
import { AuthGuard } from './auth/auth.guard';
import { DomainErrorFilter } from './graphql/domain-error.filter';
import { GraphqlOptionsFactory } from './graphql/graphql-options.factory';
import { HealthController } from './health/health.controller';
import { QuestionExportController } from './question-bank/question-export.controller';
import { QuestionFileController } from './question-bank/question-file.controller';
import { RESOLVERS } from './resolvers';
import { FilesModule } from './files/files.module';

@Module({
  imports: [
    PlatformModule,
    AuthModule,
    UsersModule,
    OrgUnitsModule,
    TracksModule,
    OfficialImportsModule,
    QuestionBankModule,
    CoursesModule,
    EnrollmentsModule,
    FilesModule,
    HealthModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [OrgUnitsModule, UsersModule, QuestionBankModule, CoursesModule, EnrollmentsModule],
      useClass: GraphqlOptionsFactory,
    }),
  ],
  controllers: [HealthController, QuestionFileController, QuestionExportController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    ...RESOLVERS,
  ],
})
export class AppModule {}
