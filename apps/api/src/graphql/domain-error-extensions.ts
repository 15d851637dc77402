import type { DomainError } from '@hocso/server-core';

/** What a domain error tells a client besides its message: code, reason key and params, field, details. */
export function domainErrorExtensions(error: DomainError): Record<string, unknown> {
  return {
    ...error.details,
    code: error.code,
    reason: error.reason,
    params: error.params,
    ...(error.field ? { field: error.field } : {}),
  };
}
