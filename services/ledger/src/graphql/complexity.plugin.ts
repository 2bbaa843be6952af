import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/** A paged list costs its page size times what each item asks for. */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args['first'] === 'number' ? 1 + args['first'] * Math.max(1, childComplexity) : undefined;

/**
 * Refuses a query whose estimated cost (fields, multiplied by the page sizes asked for) exceeds
 * `max`, before anything is resolved, with a message that says the cost, the limit and what to do.
 */
export const complexityLimit = (max: number): ApolloServerPlugin => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let complexity: number;
        try {
          complexity = getComplexity({
          schema,
          query: document,
          operationName: request.operationName ?? undefined,
          variables: request.variables ?? {},
          estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch {
          return; // invalid variables: execution reports them as BAD_USER_INPUT, naming the field
        }
        if (complexity > max) {
          throw new GraphQLError(`Query complexity ${complexity} exceeds the limit of ${max}: ask for fewer items per page (first) or fewer nested fields`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', complexity, limit: max },
          });
        }
      },
    };
  },
});
