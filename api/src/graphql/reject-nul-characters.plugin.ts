import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit } from 'graphql';

const hasNul = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.includes('\u0000')
    : Array.isArray(value)
      ? value.some(hasNul)
      : value !== null && typeof value === 'object'
        ? Object.values(value).some(hasNul)
        : false;

/**
 * PostgreSQL text cannot hold the NUL character, so a string containing one would fail deep in a
 * write. Refusing it here, for variables and inline strings alike, keeps that a clear input error.
 */
export const rejectNulCharactersPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        let inline = false;
        visit(document, { [Kind.STRING]: (node) => void (inline ||= node.value.includes('\u0000')) });
        if (inline || hasNul(request.variables)) {
          throw new GraphQLError('Text must not contain the NUL character (\\u0000).', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
