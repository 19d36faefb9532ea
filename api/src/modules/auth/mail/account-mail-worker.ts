import { Pool, type PoolClient } from 'pg';

import type { Config } from '../../../config';
import { CONNECT_TIMEOUT_MS, GuardedClient } from '../../../common/database/guarded-client';
import { ListenConnection } from '../../../common/database/listen-connection';
import { inPoolTransaction } from '../../../common/database/pool-transaction';
import { logger } from '../../../common/logger';
import { accountLink } from '../account-links';

import { Mailer, type OutgoingMail } from './mailer';
import { passwordResetMail } from './password-reset.mail';

/** The channel touchstone_request_password_reset notifies when it puts a message in the outbox. */
export const ACCOUNT_MAIL_CHANNEL = 'touchstone_account_mail';

/** How often the outbox is swept even with no notification: one sent while the worker was away, or lost, still goes out. */
export const ACCOUNT_MAIL_SWEEP_MS = 30_000;

/** A message that could not be sent waits 30 s, doubling with each attempt, up to an hour. */
const retryDelaySeconds = (attempts: number): number => Math.min(3600, 30 * 2 ** attempts);

export type AccountMailWorkerOptions = {
  /** The mailer role's connection string (touchstone_mailer): the only role that can read the outbox. */
  databaseUrl: string;
  /** Where the dashboard is: links point at <publicOrigin>/reset-password#token=…. */
  publicOrigin: string;
  sweepEveryMs?: number;
};

type AccountMailRow = { id: string; recipient: string; kind: string; token: string; minutes: number; attempts: number; expired: boolean };

/** What became of the oldest message due, if there was one. */
type Outcome = 'sent' | 'failed' | 'expired' | 'none';

/**
 * Sends the account email the database queues in account_mail (password reset links, whose tokens
 * the API's role never sees), as the mailer's own role. It listens for the outbox's notification
 * and also sweeps at start and every ACCOUNT_MAIL_SWEEP_MS, so a message notified while no worker
 * listened still goes out. Any number of workers may run: each message is claimed with
 * FOR UPDATE SKIP LOCKED and deleted in the same transaction once sent, so two workers never send
 * it twice (a crash between sending and committing sends it again: at least once, not exactly).
 * A send that fails leaves the message to be tried again later, and is logged without its link.
 */
export class AccountMailWorker {
  private readonly pool: Pool;
  private readonly listener: ListenConnection;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<number> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly options: AccountMailWorkerOptions,
    private readonly mailer: Pick<Mailer, 'send'>,
  ) {
    const connection = { connectionString: options.databaseUrl, application_name: 'touchstone-mailer' };
    this.pool = new Pool({ ...connection, max: 2, Client: GuardedClient, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    this.pool.on('error', (error) => logger.warn({ err: error }, 'idle mailer database connection failed'));
    this.listener = new ListenConnection(connection, [ACCOUNT_MAIL_CHANNEL], () => this.sweepInBackground());
  }

  /** Listens, sweeps once, and sweeps again every interval. A database that is away is retried, never fatal. */
  async start(): Promise<void> {
    await this.listener.start().catch((error: unknown) => logger.warn({ err: error }, 'account mail: not listening yet, retrying'));
    this.timer = setInterval(() => this.sweepInBackground(), this.options.sweepEveryMs ?? ACCOUNT_MAIL_SWEEP_MS);
    this.timer.unref();
    await this.sweep().catch((error: unknown) => logger.warn({ err: error }, 'account mail: the first sweep failed'));
  }

  /** Sends every message that is due; how many were sent. Calls made while a sweep runs join it, and it runs once more after. */
  sweep(): Promise<number> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      let sent = 0;
      do {
        this.again = false;
        for (let outcome = await this.sendNext(); outcome !== 'none'; outcome = await this.sendNext()) if (outcome === 'sent') sent++;
      } while (this.again);
      return sent;
    })().finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  /** Stops listening and sweeping, once the sweep in progress has finished. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener.close();
    await this.draining?.catch(() => undefined);
    await this.pool.end();
  }

  private sweepInBackground(): void {
    if (this.closed) return;
    this.sweep().catch((error: unknown) => logger.warn({ err: error }, 'account mail: sweep failed, trying again later'));
  }

  private async sendNext(): Promise<Outcome> {
    const { mail, outcome } = await inPoolTransaction(this.pool, async (client) => {
      // Held until the message is sent and deleted: another worker skips it rather than waits.
      const { rows } = await client.query<AccountMailRow>(
        `SELECT id, recipient, kind, token, round(extract(epoch FROM expires_at - created_at) / 60)::integer AS minutes,
                attempts, expires_at <= now() AS expired
           FROM account_mail WHERE retry_at <= now() ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
      );
      const next = rows[0];
      const result: Outcome = !next ? 'none' : next.expired ? 'expired' : await this.send(client, next);
      if (result === 'sent' || result === 'expired') await client.query(`DELETE FROM account_mail WHERE id = $1`, [next!.id]);
      return { mail: next, outcome: result };
    });
    if (outcome === 'expired') logger.info({ mailId: mail!.id, kind: mail!.kind }, 'account mail: link expired before it could be sent');
    return outcome;
  }

  private async send(client: PoolClient, mail: AccountMailRow): Promise<Outcome> {
    try {
      await this.mailer.send(this.compose(mail));
      return 'sent';
    } catch (error) {
      const delay = retryDelaySeconds(mail.attempts);
      await client.query(`UPDATE account_mail SET attempts = attempts + 1, retry_at = now() + make_interval(secs => $2) WHERE id = $1`, [
        mail.id,
        delay,
      ]);
      // The error's own words, with the link taken out should the transport have quoted it.
      const reason = String((error as Error)?.message ?? error)
        .split(mail.token)
        .join('[link]');
      logger.error(
        { mailId: mail.id, kind: mail.kind, attempts: mail.attempts + 1, retryInSeconds: delay, reason },
        'account mail: not sent',
      );
      return 'failed';
    }
  }

  private compose(mail: AccountMailRow): OutgoingMail {
    if (mail.kind !== 'password_reset') throw new Error(`account mail of an unknown kind: ${mail.kind}`);
    return passwordResetMail(mail.recipient, accountLink(this.options.publicOrigin, 'resetPassword', mail.token), mail.minutes);
  }
}

/** Starts a worker sending Touchstone's account email (Config.mail) as the mailer's role, connecting with `databaseUrl`. */
export async function startAccountMailWorker(
  databaseUrl: string,
  config: Pick<Config, 'mail' | 'PUBLIC_ORIGIN'>,
): Promise<AccountMailWorker> {
  const worker = new AccountMailWorker({ databaseUrl, publicOrigin: config.PUBLIC_ORIGIN }, new Mailer(config.mail));
  await worker.start();
  return worker;
}
