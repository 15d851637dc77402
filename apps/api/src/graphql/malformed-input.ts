import { isUuid } from '@hocso/contracts';
import { DomainError, unstorableCharacterIn } from '@hocso/server-core';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
} from 'graphql';
import { MAX_SELECTED_FIELDS } from './query-limits.plugin';
import { forEachSelectedField, TooManySelectedFields } from './selected-fields';

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
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let problem: DomainError | null = null;
  try {
    forEachSelectedField(schema, operation, fragments, MAX_SELECTED_FIELDS, ({ field, node }) => {
      if (problem || field.args.length === 0) return;
      let values: Record<string, unknown>;
      try {
        values = getArgumentValues(field, node, variables.coerced);
      } catch {
        return; // graphql-js refuses it during execution, with its own message
      }
      for (const argument of field.args) {
        problem ??= inValue(argument.type, values[argument.name], argument.name);
      }
    });
  } catch (error) {
    // queryLimitsPlugin has already refused an operation that selects this many fields.
    if (!(error instanceof TooManySelectedFields)) throw error;
  }
  return problem;
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
