import type { DataSource, EntityManager } from 'typeorm';

import type { RequestContext } from '../request-context';

/** The secrets a transaction can present to PostgreSQL; it verifies each itself (touchstone_viewer()). */
export type PresentedSecrets = {
  /** A session cookie's token or an API token. */
  secret?: string | null;
  /** An anonymous session participant's device token. */
  participantSecret?: string | null;
  /** The code a device is joining a session with. */
  joinCode?: string | null;
};

/**
 * Hands the request's secrets to PostgreSQL for the rest of the transaction (`true` in set_config:
 * a pooled connection never carries them to the next). The API says nothing about whom it serves:
 * row-level security hashes the secrets, finds the live session, token or participant they belong
 * to, and derives the viewer's councils from that, so the API's role alone can claim nothing.
 */
export async function presentSecrets(manager: EntityManager, secrets: PresentedSecrets, also: { sharedLock?: string } = {}): Promise<void> {
  // A shared advisory lock the transaction needs anyway is taken in the same statement: one round trip fewer.
  if (also.sharedLock)
    await manager.query(`${PRESENT_SECRETS}, pg_advisory_xact_lock_shared(hashtextextended($4, 0))`, [
      ...presentedParams(secrets),
      also.sharedLock,
    ]);
  else await manager.query(PRESENT_SECRETS, presentedParams(secrets));
}

export const PRESENT_SECRETS = `SELECT set_config('touchstone.secret', $1, true), set_config('touchstone.participant_secret', $2, true),
              set_config('touchstone.join_code', $3, true)`;

export const presentedParams = (secrets: PresentedSecrets): string[] => [
  secrets.secret ?? '',
  secrets.participantSecret ?? '',
  secrets.joinCode ?? '',
];

/** Runs work in a transaction whose row-level security is the viewer's, as PostgreSQL derives it from their secret. */
export async function inViewerTransaction<TResult>(
  dataSource: DataSource,
  ctx: RequestContext,
  work: (manager: EntityManager) => Promise<TResult>,
): Promise<TResult> {
  return dataSource.transaction(async (manager) => {
    await presentSecrets(manager, { secret: ctx.viewer?.secret });
    return work(manager);
  });
}
