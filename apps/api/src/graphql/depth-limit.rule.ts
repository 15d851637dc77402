import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * graphql-depth-limit, its refusal carrying the reason key `request.tooDeep` so that it is rendered in the
 * reader's language. The library checks the whole document while the rule is created, so its reports are
 * caught there.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext) => {
    const report = context.reportError.bind(context);
    context.reportError = (error: GraphQLError) =>
      report(new GraphQLError(error.message, { nodes: error.nodes, extensions: { reason: 'request.tooDeep', params: { max: maxDepth } } }));
    try {
      return rule(context);
    } finally {
      context.reportError = report;
    }
  };
}
