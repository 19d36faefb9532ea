import type { DataSource } from 'typeorm';

import { rateLimitKeyOf } from '../../common/http/client-address';

import { hashToken } from './secrets';

/** One limit: failures let through without delay, then a back-off that doubles up to the cap. */
export type ThrottleRule = { freeFailures: number; maxBackoffSeconds: number };

/** What is limited: one account from one address, one account from anywhere, one address for any account; and reset emails. */
export type ThrottleKind = 'account-address' | 'account' | 'address' | 'reset-email' | 'reset-address';

export type SignInLimitsPolicy = {
  accountFromAddress: ThrottleRule;
  account: ThrottleRule;
  address: ThrottleRule;
  /** A limit whose last attempt is this old starts again from nothing. */
  forgetAfterMinutes: number;
};

export const DEFAULT_SIGN_IN_LIMITS: SignInLimitsPolicy = {
  accountFromAddress: { freeFailures: 5, maxBackoffSeconds: 900 },
  account: { freeFailures: 20, maxBackoffSeconds: 60 },
  address: { freeFailures: 50, maxBackoffSeconds: 60 },
  forgetAfterMinutes: 60,
};

/** Password reset emails: a few per address and per account an hour, so no one is sent a flood of them. */
const RESET_RULES = { email: { freeFailures: 3, maxBackoffSeconds: 900 }, address: { freeFailures: 20, maxBackoffSeconds: 900 } };

/** The first back-off, once the free failures are used; each further attempt waits twice as long, up to the rule's cap. */
export const FIRST_BACKOFF_SECONDS = 30;

/** An attempt that holds a place in every limit it counts against; release it when it turned out not to be a failure. */
export type Reservation = {
  /** The password was right: the attempt is not a failure, and this account from this address starts afresh. */
  succeeded(): Promise<void>;
  /** The password was never checked (the service was busy): the attempt did not happen. */
  withdrawn(): Promise<void>;
};

/** An attempt refused by a limit, and how long until one would be let through. */
export type Refusal = { retryAfterSeconds: number };

type Key = { key: string; kind: ThrottleKind };

/**
 * Sign-in limits kept in the database, so they hold across API processes, and reserved before a
 * password is checked, so a burst of parallel guesses cannot all be checked before any is counted.
 *
 * Each limit is one row (sign_in_throttle). One INSERT … ON CONFLICT DO UPDATE, row-locked by
 * PostgreSQL, counts the attempt against every limit that applies, only where each lets it
 * through: within its free failures, or once its back-off has passed. Reaching the free failures
 * starts a back-off (FIRST_BACKOFF_SECONDS, doubling with each further attempt, up to the rule's
 * cap), and the attempt that is let through after one sets the next at once, so parallel attempts
 * find it set. If any limit refuses, the transaction rolls back and no limit is charged.
 *
 * Who is locked out: one account from one address backs off up to 15 minutes (an attacker
 * guessing from one place). The limits many people share back off only up to a minute: one account
 * from everywhere (after more failures), so failures from elsewhere slow the owner down but never
 * lock them out for long; and one address across accounts (password spraying), with a higher
 * allowance, since a council office's staff may share one address.
 */
export class SignInLimits {
  /** Each kind's rule, as the SQL reads them (jsonb by kind). */
  private readonly rules: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: SignInLimitsPolicy = DEFAULT_SIGN_IN_LIMITS,
  ) {
    const rule = ({ freeFailures, maxBackoffSeconds }: ThrottleRule) => ({ free: freeFailures, cap: maxBackoffSeconds });
    const rules: Record<ThrottleKind, { free: number; cap: number }> = {
      'account-address': rule(policy.accountFromAddress),
      account: rule(policy.account),
      address: rule(policy.address),
      'reset-email': rule(RESET_RULES.email),
      'reset-address': rule(RESET_RULES.address),
    };
    this.rules = JSON.stringify(rules);
  }

  /** Reserves a sign-in attempt for this email from this address; returns the reservation, or the refusal. */
  reserveSignIn(email: string, address: string): Promise<Reservation | Refusal> {
    const from = rateLimitKeyOf(address);
    return this.reserve([
      { key: hashToken(`account-address:${email}:${from}`), kind: 'account-address' },
      { key: hashToken(`account:${email}`), kind: 'account' },
      { key: hashToken(`address:${from}`), kind: 'address' },
    ]);
  }

  /** Counts a request for a password reset email; returns a refusal once this email or address has asked too often. */
  reservePasswordReset(email: string, address: string): Promise<Reservation | Refusal> {
    return this.reserve([
      { key: hashToken(`reset-email:${email}`), kind: 'reset-email' },
      { key: hashToken(`reset-address:${rateLimitKeyOf(address)}`), kind: 'reset-address' },
    ]);
  }

  private async reserve(keys: Key[]): Promise<Reservation | Refusal> {
    // Always locked in the same order, so two attempts on overlapping limits cannot deadlock.
    const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
    const reserved = await this.dataSource
      .transaction(async (manager) => {
        const rows: { key: string }[] = await manager.query(RESERVE_SQL, [
          sorted.map((k) => k.key),
          this.rules,
          this.policy.forgetAfterMinutes * 60,
          FIRST_BACKOFF_SECONDS,
          sorted.map((k) => k.kind),
        ]);
        // Throwing rolls back the limits that did let it through: a refused attempt is charged nowhere.
        if (rows.length < sorted.length) throw REFUSED;
        return true;
      })
      .catch((error: unknown) => {
        if (error === REFUSED) return false;
        throw error;
      });
    if (!reserved) return { retryAfterSeconds: await this.secondsUntilFree(sorted) };
    return {
      succeeded: () => this.release(sorted, 'account-address'),
      withdrawn: () => this.release(sorted, null),
    };
  }

  /** Takes one attempt off each limit (lifting a back-off it no longer earns), and forgets the limit of the kind given. */
  private async release(keys: Key[], forget: ThrottleKind | null): Promise<void> {
    const kept = keys.filter((k) => k.kind !== forget);
    await this.dataSource.manager.query(RELEASE_SQL, [kept.map((k) => k.key), this.rules]);
    const forgotten = keys.filter((k) => k.kind === forget).map((k) => k.key);
    if (forgotten.length > 0) await this.dataSource.manager.query(`DELETE FROM sign_in_throttle WHERE key = ANY($1)`, [forgotten]);
  }

  private async secondsUntilFree(keys: Key[]): Promise<number> {
    const [{ seconds }] = await this.dataSource.manager.query(
      `SELECT ceil(extract(epoch FROM coalesce(max(blocked_until), now()) - now()))::int AS seconds FROM sign_in_throttle WHERE key = ANY($1)`,
      [keys.map((k) => k.key)],
    );
    return Math.max(1, Number(seconds));
  }

  /** Deletes limits nobody has tried for longer than the quiet period; returns how many. */
  async forgetQuiet(): Promise<number> {
    const [, count] = await this.dataSource.manager.query(
      `DELETE FROM sign_in_throttle WHERE last_attempt_at < now() - make_interval(secs => $1)`,
      [this.policy.forgetAfterMinutes * 60],
    );
    return Number(count);
  }
}

const REFUSED = Symbol('refused by a sign-in limit');

export const isRefusal = (outcome: Reservation | Refusal): outcome is Refusal => 'retryAfterSeconds' in outcome;

/** A rule's field, for the row's kind, from the rules passed as $2 (jsonb by kind). */
const ruleOf = (kind: string, field: 'free' | 'cap') => `($2::jsonb -> ${kind} ->> '${field}')::int`;

/**
 * The back-off that attempt number `attempt` of a limit's run sets: none within the free
 * failures; from the last free one on, first × 2^(attempt − free) seconds ($4), capped by the rule
 * (the exponent is capped too, so it cannot overflow).
 */
const backoffAfter = (attempt: string, kind: string) =>
  `CASE WHEN ${attempt} >= ${ruleOf(kind, 'free')}
        THEN now() + make_interval(secs => least(${ruleOf(kind, 'cap')}, $4::int * power(2, least(${attempt} - ${ruleOf(kind, 'free')}, 20))))
   END`;

/** A run ends after the quiet period ($3 seconds): the limit starts again from nothing. */
const STALE = `t.last_attempt_at < now() - make_interval(secs => $3::int)`;
const NEXT_ATTEMPT = `((CASE WHEN ${STALE} THEN 0 ELSE t.attempts END) + 1)`;

/**
 * $1 keys, $2 rules by kind, $3 quiet period, $4 first back-off (seconds), $5 kinds. A row comes
 * back for each limit that let the attempt through: a new one, one whose run has ended, one within
 * its free failures (no back-off set yet), or one whose back-off has passed.
 */
const RESERVE_SQL = `
  INSERT INTO sign_in_throttle AS t (key, kind, attempts, blocked_until, last_attempt_at)
  SELECT k.key, k.kind, 1, ${backoffAfter('1', 'k.kind')}, now()
  FROM unnest($1::char(64)[], $5::varchar[]) AS k(key, kind)
  ORDER BY k.key
  ON CONFLICT (key) DO UPDATE SET
    attempts = ${NEXT_ATTEMPT},
    blocked_until = ${backoffAfter(NEXT_ATTEMPT, 't.kind')},
    last_attempt_at = now()
  WHERE ${STALE} OR t.blocked_until IS NULL OR t.blocked_until <= now()
  RETURNING t.key`;

/** $1 keys, $2 rules by kind: one attempt fewer, and no back-off if the rest no longer earn one. */
const RELEASE_SQL = `
  UPDATE sign_in_throttle AS t
  SET attempts = greatest(t.attempts - 1, 0),
      blocked_until = CASE WHEN t.attempts - 1 < ${ruleOf('t.kind', 'free')} THEN NULL ELSE t.blocked_until END
  WHERE t.key = ANY($1::char(64)[])`;
