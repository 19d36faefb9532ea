import type { DataSource, EntityManager } from 'typeorm';

import { type SessionEvent, SessionEventKind } from './dto/session-event.type';
import type { PgPubSub } from './pg-pub-sub';
import { bufferedEvents } from './session-event-buffer';
import { type SessionAnnouncement, SessionAnnouncer } from './session-announcer';

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
 * A batch of committed changes as notifications, in one statement of its own. PostgreSQL serialises
 * the commits of every transaction that notifies (one database-wide lock, held through the commit's
 * WAL flush), so a burst of votes that each notified in their own transaction queued one behind the
 * other, database-wide. This statement's transaction writes nothing but the notifications, so it
 * need not wait for its flush (synchronous_commit off): the lock is held for microseconds, and a
 * crash can lose only notifications, whose changes are already durable.
 */
export const ANNOUNCE_SESSION_EVENTS = `SELECT count(pg_notify($1, json_build_object('sessionId', e.session_id, 'kind', e.kind,
           'version', nextval('session_event_version')::int)::text)) AS sent
      FROM unnest($2::text[], $3::text[]) AS e(session_id, kind), (SELECT set_config('synchronous_commit', 'off', true)) AS quick`;

/**
 * The one publish point of the sessions module. `publish` runs inside the writing transaction, so
 * the event reaches listeners (in every API process) only if and when the change commits; a
 * facilitator's changes go this way. `announce`, for the changes only the facilitator's counts show
 * (votes and joins), is called after the commit and merges a burst per session (session-announcer.ts),
 * so that votes neither queue on each other's notifications nor each wake the facilitator's screen.
 * The version comes from a sequence, so it increases across processes.
 */
export class SessionEvents {
  private readonly announcer: SessionAnnouncer;

  constructor(
    readonly pubSub: PgPubSub,
    dataSource: Pick<DataSource, 'query'>,
  ) {
    this.announcer = new SessionAnnouncer(async (batch: SessionAnnouncement[]) => {
      await dataSource.query(ANNOUNCE_SESSION_EVENTS, [SESSION_EVENTS_CHANNEL, batch.map((a) => a.sessionId), batch.map((a) => a.kind)]);
    });
  }

  /** Opens this process's listening connection. */
  start(): Promise<void> {
    return this.pubSub.start();
  }

  /** Sends what is still to be announced, then closes the listening connection; subscriptions still open end. */
  async close(): Promise<void> {
    await this.announcer.drained();
    await this.pubSub.close();
  }

  async publish(manager: EntityManager, sessionId: string, kind: SessionEventKind): Promise<number> {
    const [{ version }] = await manager.query(
      `SELECT v AS version, pg_notify($1, json_build_object('sessionId', $2::text, 'kind', $3::text, 'version', v)::text)
         FROM (SELECT nextval('session_event_version')::int AS v) s`,
      [SESSION_EVENTS_CHANNEL, sessionId, kind],
    );
    return version;
  }

  /** Announces a committed count-only change (a vote, a join) with the next batch; never throws. */
  announce(sessionId: string, kind: SessionEventKind): void {
    this.announcer.announce(sessionId, kind);
  }

  /** Resolves once every change announced so far has been sent. */
  announced(): Promise<void> {
    return this.announcer.drained();
  }

  /**
   * Every event of one session as it arrives in this process, listening from this call on (not from
   * the first next()); a subscriber still busy with one event is then handed the newest count change,
   * not every one that arrived meanwhile (session-event-buffer.ts).
   */
  async listen(sessionId: string): Promise<AsyncIterator<SessionEvent>> {
    await this.pubSub.start();
    return bufferedEvents(this.pubSub.subscribe(SESSION_EVENTS_CHANNEL, sessionId)[Symbol.asyncIterator](), COUNT_ONLY_KINDS);
  }
}
