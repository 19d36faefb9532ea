import DataLoader from 'dataloader';

import { createRequestContext, type RequestContext } from '../common/request-context';
import type { Council } from '../modules/council/council.entity';
import type { CouncilCircumstance } from '../modules/council/council-circumstance.entity';

import type { Services } from './services';

/** What every resolver receives: the request's context for services, and per-request loaders. */
export type GraphQLContext = {
  request: RequestContext;
  loaders: ReturnType<typeof createLoaders>;
};

/** Loaders batch look-ups by id within one request and are thrown away after it, so nothing leaks between viewers. */
function createLoaders(services: Services) {
  return {
    council: new DataLoader<string, Council | undefined>((ids) => services.councils.findByIds(ids)),
    officialCircumstances: new DataLoader<string, CouncilCircumstance[]>((ids) => services.councils.officialCircumstances(ids)),
  };
}

export function buildContext(services: Services): GraphQLContext {
  return { request: createRequestContext(), loaders: createLoaders(services) };
}
