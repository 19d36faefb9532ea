import { SessionEventKind } from './dto/session-event.type';
import { type SessionAnnouncement, SessionAnnouncer } from './session-announcer';

/** A sender that records each batch and, until released, holds it in flight. */
function heldSender() {
  const batches: SessionAnnouncement[][] = [];
  const releases: (() => void)[] = [];
  const send = (batch: SessionAnnouncement[]) => {
    batches.push(batch);
    return new Promise<void>((resolve) => releases.push(resolve));
  };
  const releaseNext = async () => {
    while (releases.length === 0) await new Promise((resolve) => setImmediate(resolve));
    releases.shift()!();
  };
  return { batches, send, releaseNext };
}

describe('SessionAnnouncer', () => {
  it('should send one announcement per session when a room votes in the same turn', async () => {
    const sender = heldSender();
    const announcer = new SessionAnnouncer(sender.send);
    for (let i = 0; i < 40; i++) announcer.announce('room-1', SessionEventKind.VOTE_CHANGED);
    announcer.announce('room-2', SessionEventKind.VOTE_CHANGED);
    announcer.announce('room-2', SessionEventKind.PARTICIPANT_JOINED);
    await sender.releaseNext();
    await announcer.drained();
    expect(sender.batches).toEqual([
      [
        { sessionId: 'room-1', kind: SessionEventKind.VOTE_CHANGED },
        { sessionId: 'room-2', kind: SessionEventKind.VOTE_CHANGED },
        { sessionId: 'room-2', kind: SessionEventKind.PARTICIPANT_JOINED },
      ],
    ]);
  });

  it('should hold votes made while a batch is in flight for one next batch, merged per session', async () => {
    const sender = heldSender();
    const announcer = new SessionAnnouncer(sender.send);
    announcer.announce('room-1', SessionEventKind.VOTE_CHANGED);
    await new Promise((resolve) => setImmediate(resolve));
    expect(sender.batches).toHaveLength(1);
    // The first batch is in flight: 30 more votes in two rooms wait for it.
    for (let i = 0; i < 30; i++) announcer.announce(i % 2 ? 'room-1' : 'room-2', SessionEventKind.VOTE_CHANGED);
    expect(sender.batches).toHaveLength(1);
    await sender.releaseNext();
    await sender.releaseNext();
    await announcer.drained();
    expect(sender.batches).toHaveLength(2);
    expect(sender.batches[1].map((a) => a.sessionId).sort()).toEqual(['room-1', 'room-2']);
  });

  it('should carry on with later announcements when a batch fails', async () => {
    const sent: SessionAnnouncement[][] = [];
    let fail = true;
    const announcer = new SessionAnnouncer(async (batch) => {
      if (fail) {
        fail = false;
        throw new Error('Connection terminated');
      }
      sent.push(batch);
    });
    announcer.announce('room-1', SessionEventKind.VOTE_CHANGED);
    await announcer.drained();
    announcer.announce('room-1', SessionEventKind.VOTE_CHANGED);
    await announcer.drained();
    expect(sent).toEqual([[{ sessionId: 'room-1', kind: SessionEventKind.VOTE_CHANGED }]]);
  });
});
