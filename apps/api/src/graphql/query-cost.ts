import { getNamedType, getNullableType, isCompositeType, isListType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { isListSize, LIST_SIZE_EXTENSION, listSizeOf } from './list-size';

/**
 * The cost of a field: 1 (or the `complexity` it declares, for fields that compute something, such as
 * rendering Markdown), plus the cost of what is selected under it times the number of items a list of
 * objects (or a connection) can answer: its page size, or its declared bound. So `courses(first: 100) { … lessons { … } }`
 * costs a hundred courses' worth of lessons, not one.
 *
 * Introspection lists count once: the schema is held in memory and its size does not grow with the data.
 */
export const listAwareEstimator: ComplexityEstimator = ({ field, args, childComplexity, type }) => {
  const declared = field.extensions?.['complexity'];
  const own = typeof declared === 'number' ? declared : 1;
  const declaredSize = field.extensions?.[LIST_SIZE_EXTENSION];
  const returned = getNullableType(field.type);
  const listOfObjects = isListType(returned) && isCompositeType(getNamedType(returned));
  if (!listOfObjects && !isListSize(declaredSize)) return own + childComplexity;
  const size = type.name.startsWith('__') ? 1 : listSizeOf(declaredSize, args);
  return own + size * childComplexity;
};
