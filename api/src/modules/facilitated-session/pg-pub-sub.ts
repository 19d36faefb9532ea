import { EventEmitter, on } from 'node:events';

import createPostgresSubscriber, { type Subscriber } from 'pg-listen';
import type { ClientConfig } from 'pg';
import type { PubSub } from 'type-graphql';

/**
 * type-graphql's PubSub over PostgreSQL LISTEN/NOTIFY (pg-listen): one listening connection per
 * process, whatever the number of subscribers, and every API process behind a load balancer
 * receives every notification. Payloads are small JSON (ids and a kind); the routing key is the
 * NOTIFY channel, the dynamic id a field of the payload (`topicIdField`).
 *
 * Writers should publish with pg_notify inside their transaction (session.events.ts does), so an
 * event leaves only when its change commits; publish() here is for callers without a transaction.
 */
export class PgPubSub implements PubSub {
  private subscriber: Subscriber | null = null;
  private starting: Promise<void> | null = null;
  private readonly local = new EventEmitter();

  constructor(
    private readonly connection: ClientConfig,
    private readonly channels: { name: string; topicIdField: string }[],
  ) {
    // Every open subscription listens here; dozens per session are expected.
    this.local.setMaxListeners(0);
  }

  /** Connects and listens on every channel; idempotent. */
  start(): Promise<void> {
    this.starting ??= (async () => {
      const subscriber = createPostgresSubscriber(this.connection, { paranoidChecking: 30_000, retryTimeout: 60_000 });
      subscriber.events.on('error', (error) => console.error('[touchstone] session events: listening connection failed', error));
      subscriber.events.on('notification', ({ channel, payload }) => {
        const spec = this.channels.find((c) => c.name === channel);
        if (!spec || typeof payload !== 'object' || payload === null) return;
        this.local.emit(channel, payload);
        this.local.emit(`${channel}:${String((payload as Record<string, unknown>)[spec.topicIdField])}`, payload);
      });
      await subscriber.connect();
      for (const { name } of this.channels) await subscriber.listenTo(name);
      this.subscriber = subscriber;
    })();
    return this.starting;
  }

  publish(routingKey: string, payload: unknown): void {
    void this.start().then(() => this.subscriber!.notify(routingKey, payload));
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
    await this.subscriber?.close().catch(() => undefined);
    this.subscriber = null;
  }
}
