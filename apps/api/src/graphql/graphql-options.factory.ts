import path from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Injectable } from '@nestjs/common';
import type { GqlOptionsFactory } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@hocso/server-core';
import type { RequestWithActor } from '../auth/request-with-actor';
import { formatGraphqlError } from './format-graphql-error';
import { localizeErrorsPlugin } from './localize-errors.plugin';
import { malformedInputPlugin } from './malformed-input.plugin';
import { queryLimitsPlugin } from './query-limits.plugin';
import { serviceUnavailablePlugin } from './service-unavailable.plugin';
import { type GraphqlContext, RequestLoaderRegistry } from './request-loaders';

type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/** Where `npm run schema` writes the emitted schema; the running API builds it in memory. */
export const SCHEMA_FILE = path.resolve(process.cwd(), 'apps/api/schema.gql');

@Injectable()
export class GraphqlOptionsFactory implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly loaders: RequestLoaderRegistry,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    return {
      autoSchemaFile: process.env['HOCSO_EMIT_SCHEMA'] === 'true' ? SCHEMA_FILE : true,
      sortSchema: true,
      path: '/graphql',
      graphiql: this.config.GRAPHQL_GRAPHIQL,
      introspection: this.config.GRAPHQL_INTROSPECTION,
      includeStacktraceInErrorResponses: false,
      formatError: formatGraphqlError,
      // A document past this many tokens is refused while it is parsed, before validation (which is quadratic in repeated fields).
      parseOptions: { maxTokens: this.config.GRAPHQL_MAX_TOKENS },
      plugins: [
        queryLimitsPlugin({
          maxComplexity: this.config.GRAPHQL_MAX_COMPLEXITY,
          maxDepth: this.config.GRAPHQL_MAX_DEPTH,
          maxAliases: this.config.GRAPHQL_MAX_ALIASES,
          maxRootFields: this.config.GRAPHQL_MAX_ROOT_FIELDS,
        }),
        malformedInputPlugin(),
        localizeErrorsPlugin(),
        serviceUnavailablePlugin(),
        // Nothing here sets cache hints, and the plugin would wrap every field's resolver to compute them. (The
        // types of @apollo/server's CommonJS and ES builds differ; the plugin is the same plain object in both.)
        ApolloServerPluginCacheControlDisabled() as unknown as ApolloServerPlugin,
      ],
      context: ({ req }: { req: RequestWithActor }): GraphqlContext => ({ req, loaders: this.loaders.forRequest(() => req.actor) }),
    };
  }
}
