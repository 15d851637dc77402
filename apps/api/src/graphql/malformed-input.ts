import { isUuid } from '@hocso/contracts';
import { DomainError, unstorableCharacterIn } from '@hocso/server-core';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type SelectionSetNode,
} from 'graphql';

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
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return null;
  const variables = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (variables.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const visitedFragments = new Set<string>();

  const inSelections = (selections: SelectionSetNode, parent: GraphQLNamedType): DomainError | null => {
    for (const selection of selections.selections) {
      let problem: DomainError | null = null;
      if (selection.kind === Kind.FIELD) {
        problem = inField(selection, parent);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        problem = condition ? inSelections(selection.selectionSet, condition) : null;
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visitedFragments.has(fragment.name.value)) {
          visitedFragments.add(fragment.name.value);
          const condition = schema.getType(fragment.typeCondition.name.value);
          problem = condition ? inSelections(fragment.selectionSet, condition) : null;
        }
      }
      if (problem) return problem;
    }
    return null;
  };

  const inField = (node: FieldNode, parent: GraphQLNamedType): DomainError | null => {
    if (!isObjectType(parent) && !isInterfaceType(parent)) return null;
    const definition = parent.getFields()[node.name.value];
    if (!definition) return null;
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(definition, node, variables.coerced);
    } catch {
      return null; // graphql-js refuses it during execution, with its own message
    }
    for (const argument of definition.args) {
      const problem = inValue(argument.type, values[argument.name], argument.name);
      if (problem) return problem;
    }
    return node.selectionSet ? inSelections(node.selectionSet, getNamedType(definition.type)) : null;
  };

  return inSelections(operation.selectionSet, root);
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
