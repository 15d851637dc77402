import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException, Logger } from '@nestjs/common';
import { DATABASE_RETRY_AFTER_SECONDS, DomainError, isDatabaseUnavailable, renderMessage } from '@hocso/server-core';
import { ERROR_CODES } from '@hocso/contracts';
import type { GraphQLFormattedError } from 'graphql';
import { domainErrorExtensions } from './domain-error-extensions';
import { reasonForCode } from './request-error-reasons';

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

/**
 * Domain errors keep their code, reason and field; GraphQL's own errors keep their code and get the generic
 * reason of that code (or keep the reason they carry), their text going to `extensions.detail`; anything else
 * is masked. Messages are in English here (for the log); localizeErrorsPlugin renders them for the reader.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  const domain = original instanceof DomainError ? original : domainErrorOfRefusedRequest(original);
  if (domain) {
    return {
      ...base,
      message: domain.message,
      extensions: domainErrorExtensions(domain),
    };
  }
  if (original instanceof HttpException && HTTP_STATUS_CODES[original.getStatus()]) {
    return ownError(base, original.message, HTTP_STATUS_CODES[original.getStatus()] as string);
  }
  const code = formatted.extensions?.['code'];
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return ownError(base, formatted.message, code, formatted.extensions);
  }
  if (isRequestError(original)) {
    return ownError(base, formatted.message, 'BAD_USER_INPUT');
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn(`The database could not be reached: ${original instanceof Error ? original.message : String(original)}`);
    const params = { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS };
    return { ...base, message: renderMessage('common.unavailable', params, 'en'), extensions: { code: ERROR_CODES.serviceUnavailable, reason: 'common.unavailable', params } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return { ...base, message: renderMessage('common.internal', {}, 'en'), extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'common.internal', params: {} } };
}

function ownError(
  base: Pick<GraphQLFormattedError, 'locations' | 'path'>,
  detail: string,
  code: string,
  extensions: Readonly<Record<string, unknown>> = {},
): GraphQLFormattedError {
  const { http: _http, stacktrace: _stacktrace, ...kept } = extensions;
  const reason = typeof kept['reason'] === 'string' ? kept['reason'] : reasonForCode(code);
  return { ...base, message: detail, extensions: { params: {}, ...kept, code, reason, detail } };
}

/** A request refused before execution (query-limits.plugin.ts) carries its domain error as `originalError`. */
function domainErrorOfRefusedRequest(error: unknown): DomainError | null {
  const cause = error instanceof Error ? (error as Error & { originalError?: unknown }).originalError : undefined;
  return cause instanceof DomainError ? cause : null;
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
