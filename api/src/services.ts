import type { DataSource } from 'typeorm';

import type { Config } from './config';
import type { AnyModule } from './common/module';
import { ALL_MODULES, type Services } from './modules/modules';

export type { Services } from './modules/modules';

/**
 * The composition root: one instance of each module's service per process (they hold no
 * per-request state), built in the order of MODULES (modules/modules.ts) from the services built before it.
 */
export function createServices(dataSource: DataSource, config: Config, modules: readonly AnyModule[] = ALL_MODULES): Services {
  const built: Record<string, unknown> = {};
  for (const module of modules) {
    // A module may use only the services listed before it; asking for another is a mistake in MODULES' order.
    const earlier = new Proxy(built, {
      get: (target, name) => {
        if (typeof name === 'string' && !(name in target))
          throw new Error(`The ${module.name} module needs services.${name}, which is not built before it: reorder MODULES.`);
        return target[name as string];
      },
    });
    built[module.name] = module.createService({ dataSource, config, services: earlier });
  }
  return built as Services;
}

/** A module's own service, for code that treats every module alike (its type is the module's business). */
export const serviceOf = (services: Services, module: AnyModule): unknown => (services as unknown as Record<string, unknown>)[module.name];

/** Starts what each module's service opens with the app, in the order of MODULES. */
export async function startServices(services: Services, modules: readonly AnyModule[] = ALL_MODULES): Promise<void> {
  for (const module of modules) await module.lifecycle?.start(serviceOf(services, module));
}

/** Stops them again, in the reverse order. */
export async function stopServices(services: Services, modules: readonly AnyModule[] = ALL_MODULES): Promise<void> {
  for (const module of [...modules].reverse()) await module.lifecycle?.stop(serviceOf(services, module));
}
