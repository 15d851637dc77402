import { ERROR_CODES } from '@hocso/contracts';
import { DomainError, type ErrorReason, type MessageParams, negotiateLocale } from '@hocso/server-core';
import type { NextFunction, Request, Response } from 'express';
import { domainErrorExtensions } from '../graphql/domain-error-extensions';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * Turns body-parser failures (too large, malformed JSON) into a GraphQL-shaped JSON error in the language of
 * the request, never HTML; body-parser's own words stay in `extensions.detail`.
 */
export function bodyErrorMiddleware(error: BodyParserError, req: Request, res: Response, next: NextFunction): void {
  if (!error || typeof error.status !== 'number') return next(error);
  const refusal =
    error.type === 'entity.too.large'
      ? badBody('request.bodyTooLarge', { limit: Math.round((error.limit ?? 0) / 1024 / 1024) })
      : badBody(error.type === 'entity.parse.failed' ? 'request.bodyNotJson' : 'common.badRequest', {}, error.message);
  const locale = negotiateLocale(req.headers['accept-language']);
  res.status(error.status).json({ errors: [{ message: refusal.messageIn(locale), extensions: domainErrorExtensions(refusal) }] });
}

function badBody(reason: ErrorReason, params: MessageParams, detail?: string): DomainError {
  return new DomainError(ERROR_CODES.badUserInput, reason, params, undefined, detail ? { detail } : undefined);
}
