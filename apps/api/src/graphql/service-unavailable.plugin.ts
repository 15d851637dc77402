import { DATABASE_RETRY_AFTER_SECONDS } from '@hocso/server-core';
import { ERROR_CODES } from '@hocso/contracts';
import type { GraphQLFormattedError } from 'graphql';

interface ResponseToMark {
  response: {
    http: { status?: number; headers: { set(name: string, value: string): unknown } };
    body: { kind: 'single'; singleResult: { errors?: readonly GraphQLFormattedError[] } } | { kind: 'incremental' };
  };
}

/**
 * An answer whose errors say the database could not be reached goes out as HTTP 503 with Retry-After, so that
 * phones, load balancers and monitoring see an outage for what it is (not a 200 with an error inside) and retry.
 */
// Typed structurally: @apollo/server ships CJS and ESM type declarations that do not unify.
export function serviceUnavailablePlugin() {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }: ResponseToMark) {
          // Nest's Apollo driver resets the status of every answer carrying `data` to 200 in its own
          // willSendResponse, which runs after this one has started: decide once it has run.
          await Promise.resolve();
          if (response.body.kind !== 'single') return;
          const unavailable = response.body.singleResult.errors?.some((error) => error.extensions?.['code'] === ERROR_CODES.serviceUnavailable);
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
