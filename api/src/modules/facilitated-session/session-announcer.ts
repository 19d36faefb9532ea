import { logger } from '../../common/logger';

import type { SessionEventKind } from './dto/session-event.type';

/** One change to announce: a session and what changed in it. */
export type SessionAnnouncement = { sessionId: string; kind: SessionEventKind };

/**
 * Announces changes that have already committed, merged per session: while one batch is being
 * sent, every change announced meanwhile waits for the next, and a session that changed several
 * times in that while (a room's burst of votes) is announced once per kind. A batch is one
 * statement, so a burst of 1,200 votes in 30 rooms costs a handful of notifications, not 1,200.
 *
 * A change is announced only after its transaction commits: a listener that reads the state on
 * hearing it always finds the change. If the process stops between the commit and the batch, the
 * announcement is lost; a subscription carries changes and a query carries state, so the next
 * change or a client's reconnection shows it.
 */
export class SessionAnnouncer {
  private pending = new Map<string, SessionAnnouncement>();
  private sending: Promise<void> | null = null;

  constructor(private readonly send: (batch: SessionAnnouncement[]) => Promise<void>) {}

  /** Queues the announcement; it leaves with the next batch. Never throws: a batch that fails is logged and dropped. */
  announce(sessionId: string, kind: SessionEventKind): void {
    this.pending.set(`${sessionId}\n${kind}`, { sessionId, kind });
    this.sending ??= this.sendAll();
  }

  /** Resolves once every announcement queued so far has been sent (or has failed). */
  async drained(): Promise<void> {
    while (this.sending) await this.sending;
  }

  private async sendAll(): Promise<void> {
    // Changes committing in the same turn of the event loop go out together.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.pending.size > 0) {
      const batch = [...this.pending.values()];
      this.pending = new Map();
      try {
        await this.send(batch);
      } catch (error) {
        logger.warn({ err: error, sessions: batch.length }, 'session events not sent');
      }
    }
    this.sending = null;
  }
}
