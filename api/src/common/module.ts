import type { PubSub } from 'type-graphql';
import type { DataSource } from 'typeorm';

import type { Config } from '../config';

import type { GraphQLErrorClass } from './errors/domain-error';

/** What a module's service factory is given: the data source, the config, and the services of the modules listed before it. */
export type ServiceDeps<TNeeds> = { dataSource: DataSource; config: Config; services: TNeeds };

/** A class, as TypeORM (entities) and type-graphql (resolvers) take them: any constructor. */
export type ClassType = abstract new (...args: never[]) => unknown;

/** A resolver class and how to construct it from services; resolvers are constructed once per process. */
export type ResolverBinding<TServices> = { resolver: ClassType; create: (services: TServices) => object };

/**
 * A module's manifest: all that the composition root, the schema, the data source and the error
 * formatter need from it. Each module declares one in `<domain>.module.ts`.
 *
 * To add a module: make the folder `modules/<domain>/` with its entities, resolvers, service and
 * `<domain>.errors.ts`; declare them with `defineModule` in `<domain>.module.ts`; export the
 * manifest and whatever other modules may use from `index.ts`; add the manifest to `MODULES` in
 * `modules/modules.ts` after the modules it needs; create its tables in a new migration.
 *
 * - `name` is its service's key: other modules and resolvers get it as `services.<name>`.
 * - `createService` types the services it needs in its parameter (`ServiceDeps<{ council: CouncilService }>`).
 * - `resolvers` are built from those services and the module's own.
 * - `errorCodes` maps every code of the module's error enum to the GraphQL class clients see: the
 *   `classes` of the `errorCodes({ NOT_FOUND: [...], CONFLICT: [...] })` call in its errors file,
 *   which declares each code once under its class, so that no code can be left unmapped.
 */
export type ModuleDefinition<TName extends string, TNeeds, TService> = {
  name: TName;
  /** The TypeORM entities whose tables this module owns: other modules reach them only through what its index exports. */
  entities: ClassType[];
  createService(deps: ServiceDeps<TNeeds>): TService;
  resolvers: ResolverBinding<TNeeds & Record<TName, TService>>[];
  errorCodes: Readonly<Record<string, GraphQLErrorClass>>;
  /** The publish/subscribe engine of the module whose resolvers carry subscriptions (type-graphql needs one); at most one module has it. */
  pubSub?(service: TService): PubSub;
  /** What the service opens when the app starts and closes when it stops (a listening connection, say); most modules have none. */
  lifecycle?: { start(service: TService): Promise<void>; stop(service: TService): Promise<void> };
};

/** Declares a module; the identity function, there for the types it infers. */
export const defineModule = <TName extends string, TNeeds, TService>(
  definition: ModuleDefinition<TName, TNeeds, TService>,
): ModuleDefinition<TName, TNeeds, TService> => definition;

/** Any module, for code that iterates the list (each module types the services it needs; createServices checks their order). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each module needs different services; `any` stands for "whichever it declared"
export type AnyModule = ModuleDefinition<string, any, unknown>;

/** The services of a list of modules, each under its module's name. */
export type ServicesOf<TModules extends readonly AnyModule[]> = {
  [TModule in TModules[number] as TModule['name']]: ReturnType<TModule['createService']>;
};
