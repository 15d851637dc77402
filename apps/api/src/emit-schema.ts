import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { RESOLVERS } from './api-domains';

/** The SDL the resolvers define, sorted; no database or Redis needed. */
export async function emittedSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
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
