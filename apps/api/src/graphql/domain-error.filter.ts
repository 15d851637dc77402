import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import { DomainError, negotiateLocale } from '@hocso/server-core';
import type { Request, Response } from 'express';
import { domainErrorExtensions } from './domain-error-extensions';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * Errors the user can act on are expected: they are answered, not logged as failures. In GraphQL the
 * error goes on to formatGraphqlError; on plain HTTP routes it becomes the same JSON shape.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    const http = host.switchToHttp();
    const locale = negotiateLocale(http.getRequest<Request>().headers['accept-language']);
    http.getResponse<Response>().status(HTTP_STATUS[error.code] ?? 400).json({
      errors: [{ message: error.messageIn(locale), extensions: domainErrorExtensions(error) }],
    });
  }
}
