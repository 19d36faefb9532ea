import { SessionEvent, SessionEventKind } from './dto/session-event.type';
import { bufferedEvents, nextToDeliver } from './session-event-buffer';
import { COUNT_ONLY_KINDS } from './session.events';

const event = (kind: SessionEventKind, version: number) => Object.assign(new SessionEvent(), { sessionId: 'room-1', kind, version });

describe('session event buffer', () => {
  it('should hand over only the newest vote count when several votes are waiting', () => {
    const waiting = [1, 2, 3].map((v) => event(SessionEventKind.VOTE_CHANGED, v));
    expect(nextToDeliver(waiting, COUNT_ONLY_KINDS).version).toBe(3);
    expect(waiting).toEqual([]);
  });

  it('should keep every change that is not a count, in order, between the counts', () => {
    const waiting = [
      event(SessionEventKind.VOTE_CHANGED, 1),
      event(SessionEventKind.REVEALED, 2),
      event(SessionEventKind.VOTE_CHANGED, 3),
      event(SessionEventKind.PARTICIPANT_JOINED, 4),
      event(SessionEventKind.REVOTE_STARTED, 5),
    ];
    const delivered: number[] = [];
    while (waiting.length > 0) delivered.push(nextToDeliver(waiting, COUNT_ONLY_KINDS).version);
    // The first vote count is passed over (a newer one waits); the reveal and the re-vote never are.
    expect(delivered).toEqual([2, 3, 4, 5]);
  });

  it('should deliver events arriving while the subscriber is busy as one newest count, then end with the source', async () => {
    const pushed: (SessionEvent | null)[] = [];
    let release: () => void = () => undefined;
    const source: AsyncIterator<unknown> = {
      next: async () => {
        while (pushed.length === 0) await new Promise<void>((resolve) => (release = resolve));
        const value = pushed.shift();
        // null: the subscription was closed.
        return value ? { done: false, value } : { done: true, value: undefined };
      },
    };
    const push = (e: SessionEvent | null) => {
      pushed.push(e);
      release();
    };
    const events = bufferedEvents(source, COUNT_ONLY_KINDS);
    push(event(SessionEventKind.STATEMENT_OPENED, 1));
    expect((await events.next()).value.version).toBe(1);
    // The subscriber is busy (checking access) while 40 votes arrive.
    for (let v = 2; v <= 41; v++) push(event(SessionEventKind.VOTE_CHANGED, v));
    await new Promise((resolve) => setImmediate(resolve));
    expect((await events.next()).value).toMatchObject({ kind: SessionEventKind.VOTE_CHANGED, version: 41 });
    push(null);
    expect((await events.next()).done).toBe(true);
  });
});
