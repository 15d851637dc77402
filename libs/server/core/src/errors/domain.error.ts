import { ERROR_CODES, type ErrorCode } from '@hocso/contracts';
import type { Locale } from '../i18n/locale';
import type { MessageKey } from '../i18n/messages';
import { type MessageParams, renderMessage } from '../i18n/render-message';

/** The reason of an error: a key of the message catalogue (see libs/server/core/src/i18n/messages.ts). */
export type ErrorReason = MessageKey;

/**
 * An error the user can act on. The API turns it into a GraphQL error with `extensions.code`, the stable
 * `extensions.reason` key and its `extensions.params` (for clients that translate themselves),
 * `extensions.field` when one input field is at fault, and a message in the language of the request.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: ErrorReason,
    readonly params: MessageParams = {},
    readonly field?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(renderMessage(reason, params, 'en'));
    this.name = 'DomainError';
  }

  /** The message in the given language. */
  messageIn(locale: Locale): string {
    return renderMessage(this.reason, this.params, locale);
  }

  static badInput(field: string, reason: ErrorReason, params?: MessageParams, details?: Record<string, unknown>): DomainError {
    return new DomainError(ERROR_CODES.badUserInput, reason, params, field, details);
  }

  /** The reason names the kind of thing that is missing (`orgUnits.notFound`) and renders the `{id}`. */
  static notFound(reason: ErrorReason, id: string): DomainError {
    return new DomainError(ERROR_CODES.notFound, reason, { id });
  }

  static forbidden(reason: ErrorReason = 'common.forbidden', params?: MessageParams): DomainError {
    return new DomainError(ERROR_CODES.forbidden, reason, params);
  }

  static conflict(reason: ErrorReason, field?: string, params?: MessageParams): DomainError {
    return new DomainError(ERROR_CODES.conflict, reason, params, field);
  }

  static unauthenticated(reason: ErrorReason = 'common.signInRequired', params?: MessageParams): DomainError {
    return new DomainError(ERROR_CODES.unauthenticated, reason, params);
  }

  static tooManyRequests(reason: ErrorReason, retryAfterSeconds: number, params?: MessageParams, details?: Record<string, unknown>): DomainError {
    return new DomainError(ERROR_CODES.tooManyRequests, reason, params, undefined, { ...details, retryAfterSeconds });
  }
}
