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
  GraphQLScalarType,
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

/** Where a value goes in an operation's arguments: `['input', 'options', 0, 'text']`. */
export type ArgumentPath = Array<string | number>;

/** The value of a scalar or an enum at a place in the arguments; `sampleLeaf` when nothing more fitting is known. */
export type LeafFiller = (type: GraphQLScalarType | GraphQLEnumType, path: ArgumentPath) => unknown;

export const sampleLeaf: LeafFiller = (type) => {
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  return { ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, DateTime: new Date().toISOString() }[type.name] ?? 'x';
};

/** A value of the right type (a fresh uuid for an ID, `x` for a text), with only the required input fields. */
export function sampleValue(type: GraphQLInputType, path: ArgumentPath = [], fill: LeafFiller = sampleLeaf): unknown {
  if (type instanceof GraphQLNonNull) return sampleValue(type.ofType, path, fill);
  if (type instanceof GraphQLList) return [sampleValue(type.ofType, [...path, 0], fill)];
  if (type instanceof GraphQLInputObjectType) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => field.type instanceof GraphQLNonNull)
        .map((field) => [field.name, sampleValue(field.type, [...path, field.name], fill)]),
    );
  }
  return fill(type as GraphQLScalarType | GraphQLEnumType, path);
}

/** A place in an operation's arguments where an ID or a String can be given. */
export interface TextPosition {
  path: ArgumentPath;
  scalar: 'ID' | 'String';
}

/** Every place of the operation's arguments, at any depth of input objects and lists, that takes an ID or a String. */
export function textPositions(operation: SchemaOperation): TextPosition[] {
  const within = (type: GraphQLInputType, path: ArgumentPath, depth: number): TextPosition[] => {
    if (type instanceof GraphQLNonNull) return within(type.ofType, path, depth);
    if (type instanceof GraphQLList) return within(type.ofType, [...path, 0], depth);
    if (type instanceof GraphQLInputObjectType) {
      if (depth > 4) return [];
      return Object.values(type.getFields()).flatMap((field) => within(field.type, [...path, field.name], depth + 1));
    }
    if (type instanceof GraphQLScalarType && (type.name === 'ID' || type.name === 'String')) return [{ path, scalar: type.name }];
    return [];
  };
  return operation.field.args.flatMap((arg) => within(arg.type, [arg.name], 0));
}

/**
 * The operation's required arguments with `value` placed at `path`, and what lies on the way (the input
 * objects and lists that hold it, with their own required fields) made with `fill`.
 */
export function argumentsWith(operation: SchemaOperation, path: ArgumentPath, value: unknown, fill: LeafFiller = sampleLeaf): Record<string, unknown> {
  const variables = requiredArguments(operation, fill);
  const argument = operation.field.args.find((arg) => arg.name === path[0]);
  if (!argument) throw new Error(`${operation.name} has no argument ${String(path[0])}`);
  let type: GraphQLInputType = argument.type;
  let holder: Record<string | number, unknown> = variables;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      holder[key] = value;
      break;
    }
    holder[key] ??= sampleValue(type, path.slice(0, index + 1), fill);
    holder = holder[key] as Record<string | number, unknown>;
    while (type instanceof GraphQLNonNull) type = type.ofType;
    const next = path[index + 1];
    if (type instanceof GraphQLList) type = type.ofType;
    else if (type instanceof GraphQLInputObjectType && typeof next === 'string') type = type.getFields()[next].type;
  }
  return variables;
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
export function requiredArguments(operation: SchemaOperation, fill: LeafFiller = sampleLeaf): Record<string, unknown> {
  return Object.fromEntries(
    operation.field.args.filter((arg) => arg.type instanceof GraphQLNonNull).map((arg) => [arg.name, sampleValue(arg.type, [arg.name], fill)]),
  );
}
