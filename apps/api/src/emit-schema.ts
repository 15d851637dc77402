import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './api-domains';

/** The schema the resolvers define, with the extensions of its fields; no database or Redis needed. */
export async function buildApiSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  } finally {
    await app.close();
  }
}

/** The SDL the resolvers define, sorted. */
export async function emittedSchemaSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildApiSchema()))}\n`;
}

if (require.main === module) {
  const target = path.resolve(process.argv[2] ?? 'apps/api/schema.gql');
  emittedSchemaSdl()
    .then((sdl) => {
      writeFileSync(target, sdl);
      console.log(`Schema written to ${path.relative(process.cwd(), target)}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
