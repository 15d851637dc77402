import { ERROR_CODES, type ErrorCode } from '@hocso/contracts';

/**
 * An error the user can act on. The API turns it into a GraphQL error with `extensions.code`
 * (and `extensions.field` when one input field is at fault); anything else is an internal error.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(field: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError(ERROR_CODES.badUserInput, message, field, details);
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError(ERROR_CODES.notFound, `${what} "${id}" was not found`);
  }

  static forbidden(message = 'You are not allowed to do this'): DomainError {
    return new DomainError(ERROR_CODES.forbidden, message);
  }

  static conflict(message: string, field?: string): DomainError {
    return new DomainError(ERROR_CODES.conflict, message, field);
  }

  static unauthenticated(message = 'Please sign in'): DomainError {
    return new DomainError(ERROR_CODES.unauthenticated, message);
  }

  static tooManyRequests(message: string, retryAfterSeconds: number): DomainError {
    return new DomainError(ERROR_CODES.tooManyRequests, message, undefined, { retryAfterSeconds });
  }
}
