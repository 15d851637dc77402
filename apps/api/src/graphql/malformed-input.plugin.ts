import { HeaderMap } from '@apollo/server';
import type { HeaderMap as PluginHeaderMap } from '@apollo/server' with { 'resolution-mode': 'import' };
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { domainErrorExtensions } from './domain-error-extensions';
import { findMalformedInput } from './malformed-input';

interface OperationToCheck {
  request: { operationName?: string | null; variables?: Record<string, unknown> | null };
  document: DocumentNode;
  schema: GraphQLSchema;
}

/**
 * Answers an operation with a malformed id or a NUL character in its arguments (see findMalformedInput)
 * with HTTP 400 and BAD_USER_INPUT naming the field, before any resolver runs: no database cast error, no
 * log of a failure. localizeErrorsPlugin then renders the message in the language of the request.
 */
// Typed structurally: @apollo/server ships CJS and ESM type declarations that do not unify.
export function malformedInputPlugin() {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ request, document, schema }: OperationToCheck) {
          const refusal = findMalformedInput(schema, document, request.operationName, request.variables);
          if (!refusal) return null;
          return {
            // Checked against the ES module declarations of @apollo/server; Apollo only iterates the headers.
            http: { status: 400, headers: new HeaderMap() as unknown as PluginHeaderMap },
            body: { kind: 'single' as const, singleResult: { errors: [{ message: refusal.message, extensions: domainErrorExtensions(refusal) }] } },
          };
        },
      };
    },
  };
}
