import { isUuid } from '@hocso/contracts';
import { DomainError, unstorableCharacterIn } from '@hocso/server-core';
import {
  type DocumentNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { MAX_SELECTED_FIELDS } from './query-limits.plugin';
import { outlineOf } from './operation-outline';

/**
 * The first argument value of the operation that no resolver should see: an `ID` that is not a uuid (every
 * id the API hands out is one; a database would answer anything else with a cast error) or a text holding
 * a character PostgreSQL cannot store (a NUL, half of a surrogate pair). Arguments, input fields and list items at any depth, in
 * the operation and the fragments it uses. Null when there is none, or when the variables do not even
 * match their types (graphql-js answers that itself).
 */
export function findMalformedInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
): DomainError | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return null;
  // Past MAX_SELECTED_FIELDS, queryLimitsPlugin has already refused the operation; the fields before the limit are checked.
  const { fields } = outlineOf(schema, document, operation, MAX_SELECTED_FIELDS);
  for (const { field, node } of fields) {
    if (field.args.length === 0) continue;
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, variables.coerced);
    } catch {
      continue; // graphql-js refuses it during execution, with its own message
    }
    for (const argument of field.args) {
      const problem = inValue(argument.type, values[argument.name], argument.name);
      if (problem) return problem;
    }
  }
  return null;
}

function inValue(type: GraphQLInputType, value: unknown, field: string): DomainError | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return inValue(type.ofType, value, field);
  if (isListType(type)) {
    if (!Array.isArray(value)) return null;
    for (const [index, item] of value.entries()) {
      const problem = inValue(type.ofType, item, `${field}.${index}`);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    const fields = value as Record<string, unknown>;
    for (const inner of Object.values(type.getFields())) {
      const problem = inValue(inner.type, fields[inner.name], `${field}.${inner.name}`);
      if (problem) return problem;
    }
    return null;
  }
  if (isScalarType(type) && type.name === 'ID' && !isUuid(value)) return DomainError.badInput(field, 'input.invalidId', { field });
  if (typeof value === 'string') return unstorableCharacterIn(value, field);
  return null;
}
