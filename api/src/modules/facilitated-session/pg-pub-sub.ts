import { EventEmitter, on } from 'node:events';

import type { ClientConfig } from 'pg';
import type { PubSub } from 'type-graphql';

import { ListenConnection } from '../../common/database/listen-connection';
import { logger } from '../../common/logger';

/**
 * type-graphql's PubSub over PostgreSQL LISTEN/NOTIFY: one listening connection per process,
 * whatever the number of subscribers, and every API process behind a load balancer receives every
 * notification. The connection reconnects by itself when the database goes away and comes back
 * (common/database/listen-connection.ts). Payloads are small JSON (ids and a kind); the routing key
 * is the NOTIFY channel, the dynamic id a field of the payload (`topicIdField`).
 *
 * Writers should publish with pg_notify inside their transaction (session.events.ts does), so an
 * event leaves only when its change commits; publish() here is for callers without a transaction.
 */
export class PgPubSub implements PubSub {
  private listener: ListenConnection | null = null;
  private starting: Promise<void> | null = null;
  private readonly local = new EventEmitter();

  constructor(
    private readonly connection: ClientConfig,
    private readonly channels: { name: string; topicIdField: string }[],
  ) {
    // Every open subscription listens here; dozens per session are expected.
    this.local.setMaxListeners(0);
  }

  /** Connects and listens on every channel; idempotent. A failed first attempt may be retried by calling again. */
  start(): Promise<void> {
    this.starting ??= (async () => {
      this.listener ??= new ListenConnection(
        this.connection,
        this.channels.map((c) => c.name),
        (channel, payload) => this.deliver(channel, payload),
      );
      await this.listener.start();
    })().catch((error: unknown) => {
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  private deliver(channel: string, payload: unknown): void {
    const spec = this.channels.find((c) => c.name === channel);
    if (!spec || typeof payload !== 'object' || payload === null) return;
    this.local.emit(channel, payload);
    this.local.emit(`${channel}:${String((payload as Record<string, unknown>)[spec.topicIdField])}`, payload);
  }

  publish(routingKey: string, payload: unknown): void {
    void this.start()
      .then(() => this.listener!.notify(routingKey, payload))
      .catch((error: unknown) => logger.warn({ err: error, channel: routingKey }, 'session event not sent'));
  }

  /** Notifications on the channel (for one topic id, if given) until the consumer stops iterating. */
  subscribe(routingKey: string, dynamicId?: unknown): AsyncIterable<unknown> {
    const event = dynamicId === undefined ? routingKey : `${routingKey}:${String(dynamicId)}`;
    const local = this.local;
    return {
      [Symbol.asyncIterator]: () => {
        const controller = new AbortController();
        const events = on(local, event, { signal: controller.signal });
        return {
          next: async () => {
            try {
              const result = await events.next();
              return result.done ? result : { done: false, value: (result.value as unknown[])[0] };
            } catch (error) {
              if ((error as Error).name === 'AbortError') return { done: true, value: undefined };
              throw error;
            }
          },
          return: async () => {
            controller.abort();
            return { done: true, value: undefined };
          },
        };
      },
    };
  }

  /** Ends every subscription and closes the listening connection. */
  async close(): Promise<void> {
    this.local.removeAllListeners();
    const started = this.starting;
    this.starting = null;
    if (started) await started.catch(() => undefined);
    await this.listener?.close();
    this.listener = null;
  }
}
