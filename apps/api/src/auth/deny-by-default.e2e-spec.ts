import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  isLeafType,
} from 'graphql';
import { SCHEMA_FILE } from '../contract/contract-breaks';
import { startTestApi, type TestApi } from '../test-support/test-api';

/** The operations anyone may call without signing in; every other one must answer UNAUTHENTICATED. */
const PUBLIC_OPERATIONS = [
  'Query.course',
  'Query.courses',
  'Query.me',
  'Query.orgUnit',
  'Query.orgUnits',
  'Query.track',
  'Query.tracks',
  'Mutation.login',
  'Mutation.logout',
  'Mutation.refreshToken',
  'Mutation.register',
  'Mutation.setPasswordWithToken',
];

const SIGN_IN_FIRST = 'Vui lòng đăng nhập';

/** A value of the right type for a required argument (the content does not matter: the guard runs first). */
function sampleValue(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sampleValue(type.ofType);
  if (type instanceof GraphQLList) return [sampleValue(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => field.type instanceof GraphQLNonNull)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  const scalar = type as GraphQLScalarType;
  return { ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: new Date().toISOString() }[scalar.name] ?? 'x';
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((arg) => arg.type instanceof GraphQLNonNull);
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = required.length ? `(${required.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${call}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

describe('every GraphQL operation is denied to anonymous callers unless listed as public', () => {
  let api: TestApi;
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const roots: Array<['query' | 'mutation', GraphQLObjectType]> = [
    ['query', schema.getQueryType() as GraphQLObjectType],
    ['mutation', schema.getMutationType() as GraphQLObjectType],
  ];
  const operations = roots.flatMap(([kind, root]) => Object.values(root.getFields()).map((field) => ({ kind, root: root.name, field })));

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('lists only operations that exist', () => {
    const names = operations.map((op) => `${op.root}.${op.field.name}`);
    expect(PUBLIC_OPERATIONS.filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(operations.map((op) => [`${op.root}.${op.field.name}`, op] as const))('%s', async (name, op) => {
    const { query, variables } = operationFor(op.kind, op.field);
    const response = await api.gql(query, variables);
    // The guard's refusal; a public operation may still answer UNAUTHENTICATED for wrong credentials.
    const refusals = (response.errors ?? []).filter((error) => error.extensions?.code === 'UNAUTHENTICATED' && error.message === SIGN_IN_FIRST);
    if (PUBLIC_OPERATIONS.includes(name)) expect(refusals).toEqual([]);
    else expect(response.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([['UNAUTHENTICATED', SIGN_IN_FIRST]]);
  });
});
