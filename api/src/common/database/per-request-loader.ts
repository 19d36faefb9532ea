import DataLoader from 'dataloader';

import type { RequestContext } from '../request-context';

/**
 * A DataLoader per request: look-ups by key within one request are batched into one query, and the
 * loader is dropped with the request's context, so nothing cached for one viewer reaches another.
 */
export function perRequestLoader<TKey, TValue>(
  batch: (keys: readonly TKey[]) => Promise<TValue[]>,
): (ctx: RequestContext) => DataLoader<TKey, TValue> {
  const loaders = new WeakMap<RequestContext, DataLoader<TKey, TValue>>();
  return (ctx) => {
    let loader = loaders.get(ctx);
    if (!loader) loaders.set(ctx, (loader = new DataLoader(batch)));
    return loader;
  };
}
