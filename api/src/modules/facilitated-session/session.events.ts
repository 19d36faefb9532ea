import type { EntityManager } from 'typeorm';

import { SessionEvent, SessionEventKind } from './dto/session-event.type';
import type { PgPubSub } from './pg-pub-sub';

/**
 * What the sessions module adds to the GraphQL context: a session's events for this client, access
 * checked on subscribing and before every event. Built by the context builder (graphql/context.ts),
 * which holds the process's services; a subscription resolver's options cannot.
 */
export type SessionGraphQLContext = { sessionEvents(sessionId: string): Promise<AsyncIterable<SessionEvent>> };

/** Changes that only the facilitator's and presenter's screens show (how many joined and scored); a participant's view has no counts. */
export const COUNT_ONLY_KINDS: ReadonlySet<SessionEventKind> = new Set([
  SessionEventKind.VOTE_CHANGED,
  SessionEventKind.PARTICIPANT_JOINED,
]);

/** The NOTIFY channel of session events; its payloads are `{ sessionId, kind, version }`. */
export const SESSION_EVENTS_CHANNEL = 'touchstone_session_events';
export const SESSION_EVENTS_TOPIC_FIELD = 'sessionId';
/** What the process's PgPubSub listens to. */
export const SESSION_EVENTS_CHANNELS = [{ name: SESSION_EVENTS_CHANNEL, topicIdField: SESSION_EVENTS_TOPIC_FIELD }];

/**
 * The one publish point of the sessions module. `publish` runs inside the writing transaction, so
 * the event reaches listeners (in every API process) only if and when the change commits. The
 * version comes from a sequence, so it increases across processes.
 */
export class SessionEvents {
  constructor(readonly pubSub: PgPubSub) {}

  /** Opens this process's listening connection. */
  start(): Promise<void> {
    return this.pubSub.start();
  }

  /** Closes the listening connection; subscriptions still open end. */
  close(): Promise<void> {
    return this.pubSub.close();
  }

  async publish(manager: EntityManager, sessionId: string, kind: SessionEventKind): Promise<number> {
    const [{ version }] = await manager.query(
      `SELECT v AS version, pg_notify($1, json_build_object('sessionId', $2::text, 'kind', $3::text, 'version', v)::text)
         FROM (SELECT nextval('session_event_version')::int AS v) s`,
      [SESSION_EVENTS_CHANNEL, sessionId, kind],
    );
    return version;
  }

  /** Every event of one session as it arrives in this process, listening from this call on (not from the first next()). */
  async listen(sessionId: string): Promise<AsyncIterator<SessionEvent>> {
    await this.pubSub.start();
    const source = this.pubSub.subscribe(SESSION_EVENTS_CHANNEL, sessionId)[Symbol.asyncIterator]();
    return {
      next: async () => {
        const next = await source.next();
        return next.done ? next : { done: false, value: Object.assign(new SessionEvent(), next.value as SessionEvent) };
      },
      return: async () => {
        await source.return?.();
        return { done: true, value: undefined };
      },
    };
  }
}
