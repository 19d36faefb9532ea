import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';

/**
 * Runs a type-graphql middleware around every top-level field (each query, mutation and
 * subscription event), and nowhere else. type-graphql's globalMiddlewares would do the same but
 * also wrap every nested field in an async middleware chain, turning each plain property of a
 * large result (thousands of figures in a sector view) into a promise; a middleware that only acts
 * on top-level fields costs that for nothing.
 */
export function useOnRootFields<TContext extends object>(schema: GraphQLSchema, middleware: MiddlewareFn<TContext>): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve: GraphQLFieldResolver<unknown, TContext> = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) =>
        middleware({ root, args, context, info }, async () => resolve(root, args, context, info));
    }
  }
  return schema;
}
