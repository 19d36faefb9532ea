import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';

import { authChecker } from '../common/auth/auth-checker';
import { ALL_MODULES } from '../modules/modules';
import type { Services } from '../services';

/** Builds the executable schema from every module's resolvers, each constructed once over the process's services. */
export function createSchema(services: Services): Promise<GraphQLSchema> {
  const bindings = ALL_MODULES.flatMap((module) => module.resolvers);
  const resolvers = new Map<Function, object>(bindings.map((binding) => [binding.resolver, binding.create(services)]));
  return buildSchema({
    resolvers: bindings.map((binding) => binding.resolver) as NonEmptyArray<Function>,
    authChecker,
    container: { get: (someClass) => resolvers.get(someClass as Function) },
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
