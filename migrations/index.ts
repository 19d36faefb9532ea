import { CreateCoreSchema1795397382815 } from './1795397382815-createCoreSchema';

/** Every migration, oldest first. Add new ones at the end; never edit a merged one. */
export const MIGRATIONS = [CreateCoreSchema1795397382815];
