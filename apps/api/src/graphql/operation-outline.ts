import {
  type ArgumentNode,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  type GraphQLSchema,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  type ValueNode,
  visit,
} from 'graphql';
import { LIST_SIZE_EXTENSION } from './list-size';
import { forEachSelectedField, type SelectedField, TooManySelectedFields } from './selected-fields';

/** What the request checks need of an operation whatever its variables: worked out once per parsed document. */
export interface OperationOutline {
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The fields the operation selects, fragments expanded, in the order they are walked (the first maxFields at most). */
  fields: readonly SelectedField[];
  /** More fields than maxFields: `fields` holds those visited before the limit. */
  tooManyFields: boolean;
  /**
   * Whether its estimated cost cannot change with the variables: no variable in a directive (`@skip(if: $x)`) nor
   * in the arguments of a field whose list size counts (`first: $n`).
   */
  costIgnoresVariables: boolean;
}

/**
 * Apollo keeps each parsed and validated document and hands the same one to every request of the same text,
 * so its operations key the outline; the schema is the server's one.
 */
const outlines = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; maxFields: number; outline: OperationOutline }>();

export function outlineOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  maxFields: number,
): OperationOutline {
  const known = outlines.get(operation);
  if (known && known.schema === schema && known.maxFields === maxFields) return known.outline;
  const outline = outlineNow(schema, document, operation, maxFields);
  outlines.set(operation, { schema, maxFields, outline });
  return outline;
}

function outlineNow(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, maxFields: number): OperationOutline {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fields: SelectedField[] = [];
  let tooManyFields = false;
  try {
    forEachSelectedField(schema, operation, fragments, maxFields, (selected) => fields.push(selected));
  } catch (error) {
    if (!(error instanceof TooManySelectedFields)) throw error;
    tooManyFields = true;
  }
  const costIgnoresVariables =
    ![operation, ...fragments.values()].some(hasVariableInDirective) &&
    !fields.some(({ field, node }) => sizesTheList(field) && (node.arguments ?? []).some(argumentHasVariable));
  return { fragments, fields, tooManyFields, costIgnoresVariables };
}

/** A list of objects, or a field declaring a list size: its arguments may set how many items count (see listAwareEstimator). */
function sizesTheList(field: SelectedField['field']): boolean {
  const returned = getNullableType(field.type);
  return (isListType(returned) && isCompositeType(getNamedType(returned))) || field.extensions?.[LIST_SIZE_EXTENSION] !== undefined;
}

function hasVariableInDirective(node: OperationDefinitionNode | FragmentDefinitionNode): boolean {
  let found = false;
  visit(node, {
    Directive(directive: DirectiveNode) {
      if ((directive.arguments ?? []).some(argumentHasVariable)) found = true;
    },
  });
  return found;
}

function argumentHasVariable(argument: ArgumentNode): boolean {
  return valueHasVariable(argument.value);
}

function valueHasVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(valueHasVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => valueHasVariable(field.value));
  return false;
}
