import { type App, startApp } from '../../api/src/app';
import { createDataSource } from '../../api/src/data-source';
import { apiRoleUrl, startTestApp, type TestApp } from '../support/test-app';
import {
  createDraft,
  join,
  openSession,
  participantClient,
  pokeUntilHeard,
  SESSION_OPS,
  SessionSubscriber,
  vote,
} from '../support/session-clients';

/**
 * Two API processes (two startApp instances on two ports, each with its own connections and its
 * own LISTEN connection) over one PostgreSQL database, as behind a load balancer: a vote on one
 * reaches a subscriber on the other, and a participant whose WebSocket drops resumes on either.
 */
describe('a session served by two API processes', () => {
  let t: TestApp;
  let second: App;
  let secondSource: ReturnType<typeof createDataSource>;
  let secondUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    secondSource = createDataSource(apiRoleUrl(t), { poolSize: 5 });
    await secondSource.initialize();
    second = await startApp(secondSource, t.config, 0);
    secondUrl = second.url;
    expect(secondUrl).not.toBe(t.app.url);
  });
  afterAll(async () => {
    await second.close();
    await new Promise((resolve) => second.server.close(resolve));
    await secondSource.destroy();
    await t.close();
  });

  const onSecond = (headers: Record<string, string>) => async (query: string, variables?: Record<string, unknown>) =>
    (
      await fetch(`${secondUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      })
    ).json();

  it('should deliver a vote cast on one process to a facilitator subscribed on the other', async () => {
    const lead = await t.as('chesterfieldLead');
    const { sessionId, joinCode } = await openSession(lead, await createDraft(lead, 'E07000034', '2040-41'));
    const { sessionToken } = await t.signIn('lead.chesterfield@demo.touchstone.test');
    const facilitatorOnSecond = new SessionSubscriber(secondUrl, sessionId, { sessionToken: sessionToken! });
    try {
      // The statement is opened on the first process; the second process's subscriber hears it.
      await pokeUntilHeard([facilitatorOnSecond], () => lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-1' }));
      const officer = await join(t, joinCode, 'OFFICER');
      const heard = facilitatorOnSecond.events.length;
      await vote(officer.client, sessionId, 'pm-1', 'good');
      await facilitatorOnSecond.waitFor(() => facilitatorOnSecond.events.slice(heard).some((e) => e.kind === 'VOTE_CHANGED'));
      // The facilitator re-reads the state from the second process.
      const state = await onSecond({ cookie: `touchstone_session=${sessionToken}` })(SESSION_OPS.facilitator, { id: sessionId });
      expect(state.data.facilitatorSession.scoredCount).toBe(1);
    } finally {
      await facilitatorOnSecond.close();
    }
  });

  it('should let a participant whose WebSocket drops reconnect to the other process and resume with its score kept', async () => {
    const lead = await t.as('chesterfieldLead');
    const { sessionId, joinCode } = await openSession(lead, await createDraft(lead, 'E07000034', '2041-42'));
    const officer = await join(t, joinCode, 'OFFICER');
    await lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-2' });

    const onFirst = new SessionSubscriber(t.app.url, sessionId, { participantToken: officer.token });
    await vote(officer.client, sessionId, 'pm-2', 'fair');
    // A phone is told of changes to what it shows (not of others' votes): the statement shown again.
    await pokeUntilHeard([onFirst], () => lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-2' }));
    // The phone sleeps: its WebSocket drops.
    await onFirst.close();
    const { sessionToken } = await t.signIn('lead.chesterfield@demo.touchstone.test');
    await t.client({ cookie: `touchstone_session=${sessionToken}` })(SESSION_OPS.closeJoining, { id: sessionId });

    // It wakes up behind the load balancer on the other process: subscribes again, reads the state.
    const onSecondWs = new SessionSubscriber(secondUrl, sessionId, { participantToken: officer.token });
    try {
      const resumed = await onSecond({ 'x-participant-token': officer.token })(SESSION_OPS.participant, { id: sessionId });
      expect(resumed.data.participantSession).toMatchObject({
        role: 'OFFICER',
        canVote: true,
        current: { item: { key: 'pm-2' } },
        myVotes: [{ level: { key: 'fair' } }],
      });
      await pokeUntilHeard([onSecondWs], () => lead(SESSION_OPS.openStatement, { id: sessionId, item: 'pm-2' }));
      // Its score can still be changed from the second process, and the first process sees the change.
      const changed = await onSecond({ 'x-participant-token': officer.token })(SESSION_OPS.vote, {
        input: { sessionId, itemKey: 'pm-2', levels: [{ levelKey: 'good' }] },
      });
      expect(changed.data.castVote.myVotes).toEqual([{ level: { key: 'good' } }]);
      const onFirstAgain = await participantClient(t, officer.token)(SESSION_OPS.participant, { id: sessionId });
      expect(onFirstAgain.data!.participantSession.myVotes).toEqual([{ level: { key: 'good' } }]);
      expect((await lead(SESSION_OPS.facilitator, { id: sessionId })).data!.facilitatorSession.scoredCount).toBe(1);
    } finally {
      await onSecondWs.close();
    }
  });
});
