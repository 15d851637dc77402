import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
} from 'graphql';

export interface SelectedField {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  parentType: GraphQLCompositeType;
  /** 0 for the operation's own (root) fields. */
  depth: number;
  /** Whether the field is an introspection field (`__schema`, `__type`, `__typename`) or lies under one. */
  introspection: boolean;
}

/** Thrown when an operation selects more fields than `maxFields`, fragments expanded. */
export class TooManySelectedFields extends Error {
  constructor(readonly limit: number) {
    super(`The operation selects more than ${limit} fields`);
  }
}

/**
 * Calls `visit` for every field an operation selects, each fragment expanded where it is spread (so a
 * fragment spread twice is visited twice, as it runs twice). Validation has already refused unknown fields
 * and fragment cycles; the count of visits is capped so that nested spreads cannot multiply the work.
 */
export function forEachSelectedField(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  maxFields: number,
  visit: (selected: SelectedField) => void,
): void {
  const root = schema.getRootType(operation.operation);
  if (!root) return;
  let visited = 0;
  const walk = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, depth: number, underIntrospection: boolean): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(schema, parentType, selection.name.value);
        if (!field) continue;
        visited += 1;
        if (visited > maxFields) throw new TooManySelectedFields(maxFields);
        const introspection = underIntrospection || field.name.startsWith('__');
        visit({ field, node: selection, parentType, depth, introspection });
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) walk(selection.selectionSet, type, depth + 1, introspection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (condition && isCompositeType(condition)) walk(selection.selectionSet, condition, depth, underIntrospection);
      } else {
        const fragment = fragments.get(selection.name.value);
        const condition = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && condition && isCompositeType(condition)) walk(fragment.selectionSet, condition, depth, underIntrospection);
      }
    }
  };
  walk(operation.selectionSet, root, 0, false);
}

function fieldOf(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}
