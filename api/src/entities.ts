import { ALL_MODULES } from './modules/modules';

/** Every entity the data source maps: each module's own. A new entity is listed in its module's manifest and created by a migration. */
export const ENTITIES = ALL_MODULES.flatMap((module) => module.entities);
