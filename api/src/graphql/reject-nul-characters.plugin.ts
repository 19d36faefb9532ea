import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, visit } from 'graphql';

/** True if any string in the value contains NUL. Iterative: a variable nested 10,000 deep is just a long walk. */
export function hasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') {
      if (next.includes('\u0000')) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) stack.push(item);
    } else if (next !== null && typeof next === 'object') {
      // Keys and values pushed as they are: Object.entries would build an array per property, thousands for a large submission.
      for (const key of Object.keys(next)) stack.push(key, (next as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/**
 * Whether any inline string of a document contains NUL, remembered per document: Apollo hands the
 * same parsed document to every request with the same query text, and documents never change.
 */
const inlineNul = new WeakMap<DocumentNode, boolean>();

function hasInlineNul(document: DocumentNode): boolean {
  let found = inlineNul.get(document);
  if (found === undefined) {
    found = false;
    visit(document, { [Kind.STRING]: (node) => void (found ||= node.value.includes('\u0000')) });
    inlineNul.set(document, found);
  }
  return found;
}

/**
 * PostgreSQL text cannot hold the NUL character, so a string containing one would fail deep in a
 * write. Refusing it here, for variables and inline strings alike, keeps that a clear input error.
 */
export const rejectNulCharactersPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        if (hasInlineNul(document) || hasNul(request.variables)) {
          throw new GraphQLError('Text must not contain the NUL character (\\u0000).', {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
      },
    };
  },
};
