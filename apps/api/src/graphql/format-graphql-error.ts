import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { DomainError, renderMessage } from '@hocso/server-core';
import type { GraphQLFormattedError } from 'graphql';
import { domainErrorExtensions } from './domain-error-extensions';

const logger = new Logger('GraphQL');

const HTTP_STATUS_CODES: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'TOO_MANY_REQUESTS',
};

/** Domain errors keep their code and field; GraphQL's own errors keep theirs; anything else is masked. */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: domainErrorExtensions(original),
    };
  }
  if (original instanceof HttpException && HTTP_STATUS_CODES[original.getStatus()]) {
    return { ...base, message: original.message, extensions: { code: HTTP_STATUS_CODES[original.getStatus()] } };
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  if (isRequestError(original)) {
    return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { ...base, message: renderMessage('common.internal', {}, 'en'), extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'common.internal', params: {} } };
}

/**
 * graphql-js raises errors about the request itself (a variable of the wrong type, say) outside any
 * resolver, with no originalError or another GraphQLError as its cause. They are checked by shape: Nest and Apollo load graphql's ES
 * module build while this file loads its CommonJS build, so `instanceof GraphQLError` is unreliable.
 */
function isRequestError(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'GraphQLError') return false;
  const { originalError, path } = error as Error & { originalError?: unknown; path?: unknown };
  const fromGraphql = originalError === undefined || originalError === null || (originalError instanceof Error && originalError.name === 'GraphQLError');
  return fromGraphql && path === undefined;
}
