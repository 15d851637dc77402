import { DomainError } from '@hocso/server-core';
import {
  type DocumentNode,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { domainErrorExtensions } from './domain-error-extensions';
import { outlineOf, type OperationOutline } from './operation-outline';
import { OperationShape, type OperationShapeLimits } from './operation-shape';
import { listAwareEstimator } from './query-cost';
import { findTooLongText } from './text-lengths';

export interface QueryLimits extends OperationShapeLimits {
  maxComplexity: number;
}

/** Fields one operation may select, fragments expanded; far above any real screen's needs. */
export const MAX_SELECTED_FIELDS = 10_000;

interface ResolvedOperation {
  request: { operationName?: string | null; variables?: Record<string, unknown> | null };
  document: DocumentNode;
  operation?: OperationDefinitionNode | null;
  schema: GraphQLSchema;
}

/**
 * Refuses, before any resolver runs, an operation that asks for too much: nested too deep, too many aliases or root fields,
 * an expensive operation called more often than it may be, a string longer than its field's bound, or an
 * estimated cost over the limit. The refusal is HTTP 400 with `extensions.code` BAD_USER_INPUT, the reason
 * key, and the figures (cost and limit, count and limit, length and maximum).
 */
// Typed structurally: @apollo/server ships CJS and ESM type declarations that do not unify.
export function queryLimitsPlugin(limits: QueryLimits) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }: ResolvedOperation) {
          if (!operation) return;
          const problem = checkOperation(limits, schema, document, operation, request.variables ?? {});
          if (problem) throw refusalOf(problem);
        },
      };
    },
  };
}

/** The estimated cost of an operation whose cost does not depend on its variables, once worked out. */
const constantCosts = new WeakMap<OperationOutline, number>();

function checkOperation(
  limits: QueryLimits,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): DomainError | null {
  // Variables that do not fit their types are reported by execution, as always (HTTP 400).
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const outline = outlineOf(schema, document, operation, MAX_SELECTED_FIELDS);
  if (outline.tooManyFields) {
    return new DomainError('BAD_USER_INPUT', 'request.tooLarge', { limit: MAX_SELECTED_FIELDS }, undefined, { limit: MAX_SELECTED_FIELDS });
  }
  const shape = new OperationShape(limits);
  let tooLong: DomainError | null = null;
  for (const selected of outline.fields) {
    shape.count(selected);
    tooLong ??= findTooLongText(selected, variables);
  }
  const problem = shape.problem() ?? tooLong;
  if (problem) return problem;
  let cost = constantCosts.get(outline);
  if (cost === undefined) {
    try {
      cost = getComplexity({
        schema,
        query: { kind: Kind.DOCUMENT, definitions: [operation, ...outline.fragments.values()] },
        variables: rawVariables,
        estimators: [listAwareEstimator],
        maxQueryNodes: MAX_SELECTED_FIELDS,
      });
    } catch (error) {
      // graphql-js reports what it cannot read in the request as a GraphQLError: the caller's mistake.
      if (error instanceof GraphQLError) return new DomainError('BAD_USER_INPUT', 'request.invalid', { detail: error.message });
      throw error;
    }
    if (outline.costIgnoresVariables) constantCosts.set(outline, cost);
  }
  if (cost > limits.maxComplexity) {
    return new DomainError('BAD_USER_INPUT', 'request.tooComplex', { cost, limit: limits.maxComplexity }, undefined, { cost, limit: limits.maxComplexity });
  }
  return null;
}

/** A request refused before execution: HTTP 400, and the domain error's code, reason, params and details. */
function refusalOf(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { ...domainErrorExtensions(error), http: { status: 400 } } });
}
