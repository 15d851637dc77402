import { Extensions } from '@nestjs/graphql';
import { DomainError } from '@hocso/server-core';
import {
  type GraphQLInputType,
  getArgumentValues,
  getNullableType,
  isInputObjectType,
  isListType,
} from 'graphql';
import type { SelectedField } from './selected-fields';

/** Input fields: `extensions.maxLength`. Arguments of a field: `extensions.argMaxLengths[argument]`. */
export const MAX_LENGTH_EXTENSION = 'maxLength';
export const ARG_MAX_LENGTHS_EXTENSION = 'argMaxLengths';

/** The most characters a string of an input field may have (see TEXT_LENGTHS). */
export const MaxLength = (max: number): PropertyDecorator => Extensions({ [MAX_LENGTH_EXTENSION]: max });

/** The most characters of the string arguments of a query or mutation, by argument name. */
export const ArgMaxLengths = (maxima: Record<string, number>): MethodDecorator & PropertyDecorator => Extensions({ [ARG_MAX_LENGTHS_EXTENSION]: maxima });

/** The bound of a string nobody declared one for: enough for ids, codes, names and short texts. */
export const DEFAULT_MAX_TEXT_LENGTH = 1000;

/**
 * The first string among a field's arguments (input objects and lists walked through) that is longer than
 * its declared bound, as the error to answer; null when every one fits.
 */
export function findTooLongText({ field, node }: SelectedField, variables: Record<string, unknown>): DomainError | null {
  if (field.args.length === 0) return null;
  const values = getArgumentValues(field, node, variables);
  const declared = field.extensions?.[ARG_MAX_LENGTHS_EXTENSION] as Record<string, number> | undefined;
  for (const arg of field.args) {
    const max = declared?.[arg.name] ?? DEFAULT_MAX_TEXT_LENGTH;
    const inInput = isInputObjectType(getNullableType(arg.type));
    const problem = check(values[arg.name], arg.type, max, inInput ? '' : arg.name);
    if (problem) return problem;
  }
  return null;
}

function check(value: unknown, type: GraphQLInputType, max: number, path: string): DomainError | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return check(value, nullable.ofType, max, path);
    for (const [index, item] of value.entries()) {
      const problem = check(item, nullable.ofType, max, join(path, String(index)));
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    const object = value as Record<string, unknown>;
    for (const inputField of Object.values(nullable.getFields())) {
      const fieldMax = inputField.extensions?.[MAX_LENGTH_EXTENSION];
      const problem = check(object[inputField.name], inputField.type, typeof fieldMax === 'number' ? fieldMax : DEFAULT_MAX_TEXT_LENGTH, join(path, inputField.name));
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value === 'string' && value.length > max) {
    return DomainError.badInput(path, 'request.textTooLong', { field: path, max, length: value.length }, { maxLength: max });
  }
  return null;
}

function join(path: string, part: string): string {
  return path ? `${path}.${part}` : part;
}
