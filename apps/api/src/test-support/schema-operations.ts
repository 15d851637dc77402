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
  type GraphQLObjectType,
  type GraphQLScalarType,
  isLeafType,
} from 'graphql';
import { SCHEMA_FILE } from '../contract/contract-breaks';

/** One query or mutation of the committed schema (apps/api/schema.gql). */
export interface SchemaOperation {
  kind: 'query' | 'mutation';
  /** `Query.course`, `Mutation.login`. */
  name: string;
  field: GraphQLField<unknown, unknown>;
}

export function schemaOperations(): SchemaOperation[] {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const roots: Array<['query' | 'mutation', GraphQLObjectType]> = [
    ['query', schema.getQueryType() as GraphQLObjectType],
    ['mutation', schema.getMutationType() as GraphQLObjectType],
  ];
  return roots.flatMap(([kind, root]) => Object.values(root.getFields()).map((field) => ({ kind, name: `${root.name}.${field.name}`, field })));
}

/** A value of the right type (a fresh uuid for an ID, `x` for a text), with only the required input fields. */
export function sampleValue(type: GraphQLInputType): unknown {
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

/**
 * The operation as a document calling the field with the given arguments as variables (the required ones
 * when none are named), selecting `__typename` of an object result.
 */
export function operationDocument(operation: SchemaOperation, argumentNames?: readonly string[]): string {
  const { kind, field } = operation;
  const used = field.args.filter((arg) => (argumentNames ? argumentNames.includes(arg.name) : arg.type instanceof GraphQLNonNull));
  const declarations = used.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = used.length ? `(${used.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${call}${selection} }`;
}

/** Values for the required arguments of an operation. */
export function requiredArguments(operation: SchemaOperation): Record<string, unknown> {
  return Object.fromEntries(operation.field.args.filter((arg) => arg.type instanceof GraphQLNonNull).map((arg) => [arg.name, sampleValue(arg.type)]));
}
