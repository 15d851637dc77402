import { Extensions } from '@nestjs/graphql';

/** The `extensions` key under which a list field declares how many items it can hold. */
export const LIST_SIZE_EXTENSION = 'listSize';

/**
 * How many items a list field answers at most, for the cost estimate: a page asked for with an argument
 * (`first`), or a bound the domain keeps for an unpaged list (modules of a course, options of a question).
 */
export interface ListSize {
  /** The most items one call answers. */
  max: number;
  /** Paged lists: the argument that asks for a page size... */
  pageArgument?: string;
  /** ...and the size of a page when it is omitted. */
  defaultPage?: number;
  /** A smaller size that some arguments ask for (`versions(live: true)`: one). */
  sizeFor?: (args: Record<string, unknown>) => number | undefined;
}

/** Unpaged lists whose size the domain keeps under `max` (or that are rarely longer). */
export const ListSize = (max: number, sizeFor?: ListSize['sizeFor']): MethodDecorator & PropertyDecorator =>
  Extensions({ [LIST_SIZE_EXTENSION]: (sizeFor ? { max, sizeFor } : { max }) satisfies ListSize });

/** A page of `first` items (`sizes.default` when omitted), never more than `sizes.max`: the sizes the service pages by. */
export const PageSize = (sizes: { default: number; max: number }, pageArgument = 'first'): MethodDecorator & PropertyDecorator =>
  Extensions({ [LIST_SIZE_EXTENSION]: { max: sizes.max, defaultPage: sizes.default, pageArgument } satisfies ListSize });

/** The edges of a connection: the field that returns the connection already counts its page size. */
export const SizedByParent = (): MethodDecorator & PropertyDecorator => ListSize(1);

/** Results a mutation has already computed (what an import read): answering them does no further work. */
export const AlreadyComputed = (): MethodDecorator & PropertyDecorator => ListSize(1);

/** The size assumed for a list that declares none. */
export const UNDECLARED_LIST_SIZE = 100;

export function isListSize(value: unknown): value is ListSize {
  return typeof value === 'object' && value !== null && typeof (value as ListSize).max === 'number';
}

/** How many items a call of the field may answer, given its arguments. */
export function listSizeOf(declared: unknown, args: Record<string, unknown>): number {
  if (!isListSize(declared)) return UNDECLARED_LIST_SIZE;
  const asked = declared.sizeFor?.(args);
  if (asked !== undefined) return Math.min(asked, declared.max);
  if (declared.pageArgument === undefined) return declared.max;
  const page = args[declared.pageArgument];
  const size = typeof page === 'number' && Number.isFinite(page) ? Math.trunc(page) : (declared.defaultPage ?? declared.max);
  return Math.min(Math.max(size, 1), declared.max);
}
