import { type DocumentNode, GraphQLError, type GraphQLSchema } from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** Refuses operations whose estimated cost exceeds the limit, before any resolver runs. */
interface ResolvedOperation {
  request: { operationName?: string | null; variables?: Record<string, unknown> | null };
  document: DocumentNode;
  schema: GraphQLSchema;
}

// Typed structurally: @apollo/server ships CJS and ESM type declarations that do not unify.
export function queryComplexityPlugin(maxComplexity: number) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }: ResolvedOperation) {
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`This query is too complex (${complexity}; the limit is ${maxComplexity}); ask for fewer fields or items`, {
              extensions: { code: 'BAD_USER_INPUT' },
            });
          }
        },
      };
    },
  };
}
