import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { SESSION_COOKIE } from '../../api/src/app';

import type { GraphQLClient, GraphQLResponse, TestApp } from './test-app';

/** Operations the session suites share, written as the dashboard would send them. */
export const SESSION_OPS = {
  open: `mutation ($input: OpenSessionInput!) { openSession(input: $input) { session { id status mode joinCode } join { joinCode joinUrl qrSvg } } }`,
  openStatement: `mutation ($id: ID!, $item: String!) { openStatement(sessionId: $id, itemKey: $item) { current { item { key } phase voteRound } } }`,
  reveal: `mutation ($id: ID!) { revealVotes(sessionId: $id) { scoredCount spread { scored withheld median levels { level { key } count byRole { role count } } shownRoles otherRolesCount } } }`,
  revote: `mutation ($id: ID!) { startRevote(sessionId: $id) { current { phase voteRound } } }`,
  agree: `mutation ($input: AgreeStatementInput!) { agreeStatement(input: $input) { current { phase } agreed { levels { level { key } } note evidence } tips } }`,
  skip: `mutation ($id: ID!, $item: String!) { skipStatement(sessionId: $id, itemKey: $item) { statements { item { key } phase } } }`,
  closeJoining: `mutation ($id: ID!) { closeJoining(sessionId: $id) { session { status } } }`,
  reopenJoining: `mutation ($id: ID!) { reopenJoining(sessionId: $id) { session { status } } }`,
  end: `mutation ($id: ID!) { endSession(sessionId: $id) { session { status endedAt } } }`,
  facilitator: `query ($id: ID!) { facilitatorSession(sessionId: $id) { session { status } scoredCount participantsByRole { role count } current { item { key } phase voteRound } spread { scored withheld } agreed { note evidence } } }`,
  presenter: `query ($id: ID!) { presenterSession(sessionId: $id) { participantCount scoredCount current { item { key } } spread { scored withheld } join { joinCode } } }`,
  sessions: `query ($id: ID!) { facilitatedSessions(assessmentId: $id) { session { id status } participantCount agreedCount skippedCount } }`,
  join: `mutation ($code: String!, $role: ParticipantRole!) { joinSession(input: { joinCode: $code, role: $role }) { participantToken session { sessionId role } } }`,
  vote: `mutation ($input: CastVoteInput!) { castVote(input: $input) { myVotes { level { key } } canVote } }`,
  participant: `query ($id: ID!) { participantSession(sessionId: $id) { role canVote current { item { key } phase voteRound } myVotes { level { key } } spread { scored withheld } } }`,
};

export const SESSION_CHANGED = `subscription ($id: ID!) { sessionChanged(sessionId: $id) { sessionId kind version } }`;

/** An anonymous participant's device: its token in the X-Participant-Token header. */
export const participantClient = (t: TestApp, token: string): GraphQLClient => t.client({ 'x-participant-token': token });

/** A draft for the council with a round of its own, created through the API by its lead. */
export async function createDraft(lead: GraphQLClient, gss: string, round: string, frameworkKey = 'dm-challenge-toolkit'): Promise<string> {
  const created = await lead(`mutation ($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`, {
    input: { councilGssCode: gss, frameworkKey, round },
  });
  if (created.errors) throw new Error(`createAssessment failed: ${JSON.stringify(created.errors)}`);
  return created.data!.createAssessment.id;
}

/** Opens a live session on the given sections; returns its id and code. */
export async function openSession(lead: GraphQLClient, assessmentId: string, sectionKeys = ['performance-management']) {
  const opened = await lead(SESSION_OPS.open, { input: { assessmentId, sectionKeys } });
  if (opened.errors) throw new Error(`openSession failed: ${JSON.stringify(opened.errors)}`);
  return { sessionId: opened.data!.openSession.session.id as string, joinCode: opened.data!.openSession.session.joinCode as string };
}

/** Joins as a role; returns the participant's token and client. */
export async function join(t: TestApp, joinCode: string, role: string, headers: Record<string, string> = {}) {
  const joined = await t.client(headers)(SESSION_OPS.join, { code: joinCode, role });
  if (joined.errors) throw new Error(`joinSession failed: ${JSON.stringify(joined.errors)}`);
  const token = joined.data!.joinSession.participantToken as string;
  return { token, client: participantClient(t, token) };
}

export const vote = (client: GraphQLClient, sessionId: string, itemKey: string, levelKey: string): Promise<GraphQLResponse> =>
  client(SESSION_OPS.vote, { input: { sessionId, itemKey, levels: [{ levelKey }] } });

export type SessionEventPayload = { sessionId: string; kind: string; version: number };

/**
 * A graphql-ws subscriber to one session, as a facilitator (the session cookie on the upgrade
 * request) or a participant (connectionParams.participantToken). Collects events and errors.
 */
export class SessionSubscriber {
  readonly events: SessionEventPayload[] = [];
  readonly errors: unknown[] = [];
  completed = false;
  private readonly client: Client;
  private waiters: { test: () => boolean; resolve: () => void }[] = [];

  constructor(appUrl: string, sessionId: string, auth: { sessionToken?: string; participantToken?: string }) {
    const cookie = auth.sessionToken ? `${SESSION_COOKIE}=${auth.sessionToken}` : undefined;
    class AuthWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    }
    this.client = createClient({
      url: appUrl.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: AuthWebSocket,
      connectionParams: auth.participantToken ? { participantToken: auth.participantToken } : {},
      retryAttempts: 0,
      lazy: false,
    });
    this.client.subscribe<{ sessionChanged: SessionEventPayload }>(
      { query: SESSION_CHANGED, variables: { id: sessionId } },
      {
        next: (result) => {
          if (result.errors) this.errors.push(...result.errors);
          if (result.data) this.events.push(result.data.sessionChanged);
          this.check();
        },
        error: (error) => {
          this.errors.push(error);
          this.check();
        },
        complete: () => {
          this.completed = true;
          this.check();
        },
      },
    );
  }

  /** Resolves once the condition holds (checked on every message), or rejects after the timeout. */
  waitFor(test: () => boolean, timeoutMs = 5000): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out; events ${JSON.stringify(this.events)}, errors ${JSON.stringify(this.errors)}`)),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  waitForKind(kind: string, timeoutMs?: number): Promise<void> {
    return this.waitFor(() => this.events.some((e) => e.kind === kind), timeoutMs);
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

/**
 * graphql-ws does not acknowledge a subscription, so a change is repeated until every subscriber
 * has heard one: from then on each is known to be listening.
 */
export async function pokeUntilHeard(subscribers: SessionSubscriber[], poke: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const before = subscribers.map((s) => s.events.length);
    await poke();
    try {
      await Promise.all(subscribers.map((s, i) => s.waitFor(() => s.events.length > before[i], 500)));
      return;
    } catch {
      // Not listening yet: poke again.
    }
  }
  throw new Error('subscribers never heard a change');
}
