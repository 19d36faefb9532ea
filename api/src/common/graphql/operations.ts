import { Arg, Authorized, type ClassType, createParameterDecorator, type Field, Mutation, Query } from 'type-graphql';

import type { UserRole } from '../auth/viewer';

import type { GraphQLContext } from './graphql-context';

/** @Query's and @Mutation's `() => Type` argument (type-graphql does not export its name for it). */
export type ReturnTypeFunc = Exclude<Parameters<typeof Field>[0], undefined>;

/** What type-graphql's parameter decorators (@Arg, @Ctx) are. */
type ParameterDecorator = ReturnType<typeof Arg>;

/** The roles an operation admits; empty: any signed-in viewer (the auth checker's reading of a bare @Authorized()). */
export type Roles = readonly UserRole[];

/** Any signed-in viewer, whatever the role. */
export const SIGNED_IN: Roles = [];

const authorized =
  (operation: MethodDecorator, roles: Roles): MethodDecorator =>
  (target, property, descriptor) => {
    Authorized(...roles)(target, property, descriptor);
    operation(target, property, descriptor);
  };

/** A query for signed-in viewers (of `roles` when given), with the description the schema shows. */
export function AuthorizedQuery(returns: ReturnTypeFunc, description: string, roles: Roles = SIGNED_IN): MethodDecorator {
  return authorized(Query(returns, { description }), roles);
}

/** A mutation for signed-in viewers of `roles`, with the description the schema shows. */
export function AuthorizedMutation(returns: ReturnTypeFunc, description: string, roles: Roles): MethodDecorator {
  return authorized(Mutation(returns, { description }), roles);
}

/** The request's context (who is asking, the request id) that every service method takes: `@Ctx()`'s `request`. */
export function RequestCtx(): ParameterDecorator {
  return createParameterDecorator<GraphQLContext>(({ context }) => context.request);
}

/** The operation's `input` argument, of the input type `type`. */
export function InputArg(type: ClassType): ParameterDecorator {
  return Arg('input', () => type);
}
