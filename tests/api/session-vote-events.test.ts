import { Client } from 'pg';

import { SESSION_EVENTS_CHANNEL } from '../../api/src/modules/facilitated-session/session.events';
import {
  createDraft,
  join,
  openSession,
  pokeUntilHeard,
  SESSION_OPS,
  type SessionEventPayload,
  SessionSubscriber,
  vote,
} from '../support/session-clients';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A room voting at once: each vote commits without notifying (PostgreSQL serialises the commits of
 * notifying transactions database-wide), and the room's votes are announced after they commit,
 * merged, so fewer notifications leave than there are votes and the facilitator still counts every one.
 */
describe("a room's burst of votes", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should send fewer notifications than votes for a room voting at once, every vote counted', async () => {
    const lead = await t.as('chesterfieldLead');
    const { sessionId, joinCode } = await openSession(lead, await createDraft(lead, 'E07000034', '2050-51'));
    const roles = ['OFFICER', 'MANAGER', 'COUNCILLOR', 'PARTNER'];
    const participants = [];
    for (let i = 0; i < 20; i++) participants.push(await join(t, joinCode, roles[i % roles.length]));
    await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' });
    await t.app.services.facilitatedSession.announced();

    // Every notification on the channel, counted at the database rather than by a subscriber.
    const listener = new Client({ connectionString: t.database.url });
    await listener.connect();
    const heard: SessionEventPayload[] = [];
    let sentinelHeard: () => void = () => undefined;
    const sentinel = new Promise<void>((resolve) => (sentinelHeard = resolve));
    listener.on('notification', ({ payload }) => {
      const event = JSON.parse(payload ?? '{}') as SessionEventPayload;
      if (event.sessionId === 'sentinel') sentinelHeard();
      else if (event.sessionId === sessionId) heard.push(event);
    });
    await listener.query(`LISTEN ${SESSION_EVENTS_CHANNEL}`);
    try {
      const replies = await Promise.all(participants.map((p, i) => vote(p.client, sessionId, 'pm-1', i % 2 ? 'good' : 'fair')));
      expect(replies.flatMap((r) => r.errors ?? [])).toEqual([]);
      await t.app.services.facilitatedSession.announced();
      // Notifications arrive in commit order: once this one is heard, every earlier one has been.
      await t.dataSource.query(`SELECT pg_notify($1, '{"sessionId":"sentinel"}')`, [SESSION_EVENTS_CHANNEL]);
      await sentinel;

      // A pool of 5 and 20 votes in flight: announcements wait for a connection while other votes commit.
      const votes = heard.filter((e) => e.kind === 'vote_changed');
      expect(votes.length).toBeGreaterThan(0);
      expect(votes.length).toBeLessThan(participants.length);
      expect(new Set(votes.map((e) => e.version)).size).toBe(votes.length);
      const state = await lead(SESSION_OPS.facilitator, { id: sessionId });
      expect(state.data!.facilitatorSession.scoredCount).toBe(participants.length);
    } finally {
      await listener.end();
    }
  });

  it("should not tell a participant's phone of other people's votes", async () => {
    const lead = await t.as('chesterfieldLead');
    const { sessionId, joinCode } = await openSession(lead, await createDraft(lead, 'E07000034', '2051-52'));
    const [officer, manager] = [await join(t, joinCode, 'OFFICER'), await join(t, joinCode, 'MANAGER')];
    const phone = new SessionSubscriber(t.app.url, sessionId, { participantToken: officer.token });
    try {
      await pokeUntilHeard([phone], () => lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' }));
      const heard = phone.events.length;
      await vote(manager.client, sessionId, 'pm-1', 'good');
      await t.app.services.facilitatedSession.announced();
      await lead(SESSION_OPS.reveal, { id: sessionId });
      await phone.waitForKind('REVEALED');
      expect(phone.events.slice(heard).map((e) => e.kind)).toEqual(['REVEALED']);
    } finally {
      await phone.close();
    }
  });
});
