import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

import { authChecker } from '../common/auth/auth-checker';
import type { ClassType } from '../common/module';
import { enforceApiTokenScopes } from '../modules/auth/index';
import { ALL_MODULES } from '../modules/modules';
import { type Services, serviceOf } from '../services';

import { useOnRootFields } from './root-field-middleware';
import { validateArguments } from './validate-arguments';

/** Builds the executable schema from every module's resolvers, each constructed once over the process's services. */
export async function createSchema(services: Services): Promise<GraphQLSchema> {
  const bindings = ALL_MODULES.flatMap((module) => module.resolvers);
  const resolvers = new Map<ClassType, object>(bindings.map((binding) => [binding.resolver, binding.create(services)]));
  const [pubSub, ...others] = ALL_MODULES.flatMap((module) => (module.pubSub ? [module.pubSub(serviceOf(services, module))] : []));
  if (others.length) throw new Error('Only one module may supply the publish/subscribe engine for subscriptions.');
  const schema = await buildSchema({
    // The modules declare resolvers between them, so the list is never empty.
    resolvers: bindings.map((binding) => binding.resolver) as [ClassType, ...ClassType[]],
    pubSub,
    authChecker,
    container: { get: (someClass) => resolvers.get(someClass as ClassType) },
    // Every argument, nested inputs included, with a length ceiling on every string (validate-arguments.ts).
    validateFn: validateArguments,
    emitSchemaFile: false,
  });
  // A request made with an API token runs only what the token's scopes allow, checked on each top-level field.
  return useOnRootFields(schema, enforceApiTokenScopes);
}
