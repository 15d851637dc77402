import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  type DefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { loadConfig } from '@hocso/server-core';
import { buildApiSchema } from '../emit-schema';
import { listAwareEstimator } from './query-cost';

const OPERATIONS_DIR = path.resolve(__dirname, '../../../../libs/portal/data-access/src/operations');

/** Every operation and fragment the portal sends, read from its sources (graphql(`…`) templates). */
function portalDefinitions(): DefinitionNode[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...readFileSync(path.join(OPERATIONS_DIR, file), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)])
    .flatMap((match) => parse(match[1] ?? '').definitions);
}

/** A value of the right type for each variable, and every `first` at the largest page anyone may ask. */
function variablesFor(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]?.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sample(field.type)]));
    }
    return { Int: 1, Float: 1, Boolean: false }[type.name] ?? 'x';
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => {
      const name = definition.variable.name.value;
      return [name, name === 'first' ? 100 : sample(typeFromAST(schema, definition.type) as GraphQLInputType)];
    }),
  );
}

describe("the portal's own operations fit the default cost limit", () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await buildApiSchema();
  }, 30_000);

  it('estimates every operation, pages at their largest, under GRAPHQL_MAX_COMPLEXITY with room to spare', () => {
    const definitions = portalDefinitions();
    const fragments = definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(40);
    const costs: Record<string, number> = Object.fromEntries(
      operations.map((operation) => [
        operation.name?.value,
        getComplexity({ schema, query: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] }, variables: variablesFor(schema, operation), estimators: [listAwareEstimator] }),
      ]),
    );
    const limit = loadConfig({}).GRAPHQL_MAX_COMPLEXITY;
    expect(Object.entries(costs).filter(([, cost]) => cost * 2 > limit)).toEqual([]);
  });
});
