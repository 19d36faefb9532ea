import type { ClientConfig } from 'pg';

import { logger } from '../logger';

import { GuardedClient } from './guarded-client';

/** Reconnection back-off: 250 ms doubling to this, for as long as the database stays away. */
const MAX_RECONNECT_DELAY_MS = 10_000;
const FIRST_RECONNECT_DELAY_MS = 250;

/**
 * One PostgreSQL connection that LISTENs on some channels and survives its server going away: on an
 * error or a closed socket it reconnects with back-off, forever, and listens again. Notifications
 * sent while it was away are lost; a subscription carries changes and a query carries state, so a
 * client that reconnects reads the state again.
 */
export class ListenConnection {
  private client: GuardedClient | null = null;
  private closed = false;
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: ClientConfig,
    private readonly channels: string[],
    private readonly onNotification: (channel: string, payload: unknown) => void,
  ) {}

  /** True while listening. */
  get connected(): boolean {
    return this.client !== null;
  }

  /** Connects and listens; rejects if this first attempt fails, but keeps trying in the background. */
  async start(): Promise<void> {
    try {
      await this.connect();
    } catch (error) {
      this.scheduleReconnect();
      throw error;
    }
  }

  /** Sends a notification on this connection (for callers outside a transaction). */
  async notify(channel: string, payload: unknown): Promise<void> {
    if (!this.client) throw new Error('Connection terminated: the listening connection is reconnecting');
    await this.client.query('SELECT pg_notify($1, $2)', [channel, JSON.stringify(payload)]);
  }

  /** Stops listening and reconnecting. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new GuardedClient({ ...this.config, keepAlive: true });
    client.on('notification', ({ channel, payload }) => {
      try {
        this.onNotification(channel, payload === undefined ? undefined : JSON.parse(payload));
      } catch (error) {
        logger.warn({ err: error, channel }, 'unreadable notification ignored');
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.channels) await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) return void (await client.end().catch(() => undefined));
    this.client = client;
    if (this.attempt > 0) logger.info({ attempts: this.attempt }, 'listening connection restored');
    this.attempt = 0;
  }

  private lost(client: GuardedClient): void {
    if (client !== this.client || this.closed) return;
    this.client = null;
    void client.end().catch(() => undefined);
    logger.warn('listening connection lost: reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.timer) return;
    const delay = Math.min(MAX_RECONNECT_DELAY_MS, FIRST_RECONNECT_DELAY_MS * 2 ** this.attempt++);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.connect().catch(() => this.scheduleReconnect());
    }, delay);
    // Never the reason the process stays up at shutdown.
    this.timer.unref();
  }
}
