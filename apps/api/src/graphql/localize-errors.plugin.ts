import { type Locale, type MessageParams, negotiateLocale, renderMessage } from '@hocso/server-core';
import type { GraphQLFormattedError } from 'graphql';
import { isGenericReason } from './request-error-reasons';

interface ResponseToLocalize {
  request: { http?: { headers: { get(name: string): string | undefined | null } } };
  response: { body: { kind: 'single'; singleResult: { errors?: readonly GraphQLFormattedError[] } } | { kind: 'incremental' } };
}

/**
 * Renders every error that carries a reason key in the language of the request's `Accept-Language`
 * (Vietnamese by default). formatGraphqlError has no access to the request, so the errors are formatted
 * there (in English, for the log) and localised here, just before the response is sent. GraphQL's own
 * errors carry the generic sentence of their code: English readers keep GraphQL's precise text.
 */
// Typed structurally: @apollo/server ships CJS and ESM type declarations that do not unify.
export function localizeErrorsPlugin() {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }: ResponseToLocalize) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const locale = negotiateLocale(request.http?.headers.get('accept-language'));
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => localizeError(error, locale));
        },
      };
    },
  };
}

export function localizeError(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  const reason = error.extensions?.['reason'];
  if (typeof reason !== 'string') return error;
  const detail = error.extensions?.['detail'];
  if (locale === 'en' && isGenericReason(reason) && typeof detail === 'string') return { ...error, message: detail };
  const params = (error.extensions?.['params'] ?? {}) as MessageParams;
  return { ...error, message: renderMessage(reason, params, locale) };
}
