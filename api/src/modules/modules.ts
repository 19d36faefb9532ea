import type { AnyModule, ServicesOf } from '../common/module';

import { assessmentModule } from './assessment/index';
import { auditModule } from './audit/index';
import { authModule } from './auth/index';
import { benchmarkModule } from './benchmark/index';
import { collaborationModule } from './collaboration/index';
import { councilModule } from './council/index';
import { facilitatedSessionModule } from './facilitated-session/index';
import { frameworkModule } from './framework/index';
import { improvementPlanModule } from './improvement-plan/index';
import { peerGroupModule } from './peer-group/index';

/**
 * Every module, in dependency order: a module's service is built after the services it needs. The
 * data source's entities, the services, the schema's resolvers and the error formatter's codes all
 * come from this one list. See ModuleDefinition (common/module.ts) for how to add a module.
 */
export const MODULES = [
  auditModule,
  frameworkModule,
  councilModule,
  assessmentModule,
  peerGroupModule,
  benchmarkModule,
  collaborationModule,
  authModule,
  facilitatedSessionModule,
  improvementPlanModule,
] as const;

/** The same list, for code that treats every module alike (entities, resolvers, error codes). */
export const ALL_MODULES: readonly AnyModule[] = MODULES;

/** One service per module, under the module's name: `services.assessment`, `services.peerGroup`. */
export type Services = ServicesOf<typeof MODULES>;
