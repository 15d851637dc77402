import type { MessageKey } from '@hocso/server-core';

/**
 * The sentence for an error GraphQL (or Nest) raised itself, by its code: such errors have no reason key of
 * their own, and their English text is kept in `extensions.detail`.
 */
const REASON_BY_CODE: Readonly<Record<string, MessageKey>> = {
  GRAPHQL_PARSE_FAILED: 'request.invalidOperation',
  GRAPHQL_VALIDATION_FAILED: 'request.invalidOperation',
  OPERATION_RESOLUTION_FAILURE: 'request.invalidOperation',
  PERSISTED_QUERY_NOT_FOUND: 'request.invalidOperation',
  PERSISTED_QUERY_NOT_SUPPORTED: 'request.invalidOperation',
  BAD_USER_INPUT: 'request.invalidValues',
  UNAUTHENTICATED: 'common.signInRequired',
  FORBIDDEN: 'common.forbidden',
  NOT_FOUND: 'request.notFound',
  CONFLICT: 'request.conflict',
  TOO_MANY_REQUESTS: 'request.tooMany',
};

const GENERIC_REASONS: ReadonlySet<string> = new Set([...Object.values(REASON_BY_CODE), 'common.badRequest']);

export function reasonForCode(code: string): MessageKey {
  return REASON_BY_CODE[code] ?? 'common.badRequest';
}

/** Whether a reason is only the generic sentence of a code (English readers get the precise `detail` instead). */
export function isGenericReason(reason: string): boolean {
  return GENERIC_REASONS.has(reason);
}
