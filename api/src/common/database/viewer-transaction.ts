import type { DataSource, EntityManager } from 'typeorm';

import { type DatabaseScope, databaseScopeOf } from '../auth/access-policy';
import type { RequestContext } from '../request-context';

/**
 * Runs work in a transaction whose row-level security settings are the viewer's: the policies on
 * council-scoped tables read them with current_setting(), and `true` in set_config makes them last
 * only for this transaction, so a pooled connection never carries one viewer's access to the next.
 */
export async function inViewerTransaction<TResult>(
  dataSource: DataSource,
  ctx: RequestContext,
  work: (manager: EntityManager) => Promise<TResult>,
): Promise<TResult> {
  return dataSource.transaction(async (manager) => {
    await manager.query(SET_VIEWER_SCOPE, viewerScopeParams(databaseScopeOf(ctx.viewer)));
    return work(manager);
  });
}

/** Sets the row-level security settings for the rest of the transaction; parameters from viewerScopeParams. */
export const SET_VIEWER_SCOPE = `SELECT set_config('touchstone.scope', $1, true), set_config('touchstone.full_councils', $2, true),
              set_config('touchstone.agreed_councils', $3, true), set_config('touchstone.write_council', $4, true)`;

export const viewerScopeParams = (scope: DatabaseScope): string[] => [
  scope.all ? 'all' : 'councils',
  scope.fullCouncilIds.join(','),
  scope.agreedCouncilIds.join(','),
  scope.writeCouncilId ?? '',
];
