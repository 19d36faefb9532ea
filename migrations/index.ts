import { CreateCoreSchema1795397382815 } from './1795397382815-createCoreSchema';
import { AddSubmissionIdempotency1795398040647 } from './1795398040647-addSubmissionIdempotency';

/** Every migration, oldest first. Add new ones at the end; never edit a merged one. */
export const MIGRATIONS = [CreateCoreSchema1795397382815, AddSubmissionIdempotency1795398040647];
