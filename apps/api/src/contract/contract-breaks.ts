import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const CONTRACT_FILE = path.resolve(REPO_ROOT, '../shared/api-contract.graphql');
export const SCHEMA_FILE = path.resolve(REPO_ROOT, 'apps/api/schema.gql');

/** What the emitted schema breaks of the contract, as graphql-js describes each change. */
export function contractBreaks(contractSdl = readFileSync(CONTRACT_FILE, 'utf8'), emittedSdl = readFileSync(SCHEMA_FILE, 'utf8')): string[] {
  return findBreakingChanges(buildSchema(contractSdl), buildSchema(emittedSdl)).map((change) => `${change.type}: ${change.description}`);
}
