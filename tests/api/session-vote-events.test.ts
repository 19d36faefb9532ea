import { startTestApp, type TestApp } from '../support/test-app';
import { createDraft, join, openSession, pokeUntilHeard, SESSION_OPS, SessionSubscriber, vote } from '../support/session-clients';

/**
 * A room voting at once: each vote commits without notifying (PostgreSQL serialises the commits of
 * notifying transactions database-wide), and the room's votes are announced after they commit,
 * merged, so the facilitator's screen is woken fewer times than there are votes and still ends up
 * showing every one.
 */
describe("a room's burst of votes", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should reach the facilitator in fewer events than votes, every vote counted', async () => {
    const lead = await t.as('chesterfieldLead');
    const { sessionId, joinCode } = await openSession(lead, await createDraft(lead, 'E07000034', '2050-51'));
    const roles = ['OFFICER', 'MANAGER', 'COUNCILLOR', 'PARTNER'];
    const participants = [];
    for (let i = 0; i < 20; i++) participants.push(await join(t, joinCode, roles[i % roles.length]));
    const { sessionToken } = await t.signIn('lead.chesterfield@demo.touchstone.test');
    const facilitator = new SessionSubscriber(t.app.url, sessionId, { sessionToken: sessionToken! });
    try {
      await pokeUntilHeard([facilitator], () => lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' }));
      const heard = facilitator.events.length;

      const replies = await Promise.all(participants.map((p, i) => vote(p.client, sessionId, 'pm-1', i % 2 ? 'good' : 'fair')));
      expect(replies.flatMap((r) => r.errors ?? [])).toEqual([]);
      const voteEvents = () => facilitator.events.slice(heard).filter((e) => e.kind === 'VOTE_CHANGED');
      await facilitator.waitFor(() => voteEvents().length > 0);
      // Whatever is still to be announced has left once the process's announcer is drained.
      await t.app.services.facilitatedSession.announced();
      await new Promise((resolve) => setTimeout(resolve, 300));

      // Pool of 5, 20 votes in flight: the announcement waits for a connection while others commit.
      expect(voteEvents().length).toBeLessThan(participants.length);
      expect(new Set(voteEvents().map((e) => e.version)).size).toBe(voteEvents().length);
      const state = await lead(SESSION_OPS.facilitator, { id: sessionId });
      expect(state.data!.facilitatorSession.scoredCount).toBe(participants.length);
    } finally {
      await facilitator.close();
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
