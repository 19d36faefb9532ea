import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

import { type Client, createClient } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import WebSocket from 'ws';

import { roundsFrom } from '../api/src/common/round';
import { PARTICIPANT_TOKEN_HEADER } from '../api/src/modules/facilitated-session';
import type { Framework } from '../api/src/modules/framework/framework.entity';

import { type CpuMeter, type CpuPerTask, cpuPerTask } from './cpu-usage';
import { type GraphQLCaller, graphqlCaller, LoopbackClient, signIn } from './http-client';
import { type LatencySummary, summarise } from './load-runner';

export const LIVE_SESSION_KEY = 'live-session';
/** The same sessions with each round's votes spread over a voting time instead of sent at once. */
export const LIVE_SESSION_PACED_KEY = 'live-session-paced';
/** The paced scenario's voting time: each participant votes at its own moment within it. */
export const PACED_VOTE_WINDOW_MS = 20_000;

/** DESIGN.md §7: a vote reaches the facilitator's screen within 200 ms at p95, with 30 sessions at once on two API processes. */
export const VOTE_BUDGET_MS = 200;

/** The council leads who facilitate, taking the sessions in turn (each sign-in is a facilitator's own device). */
export const SESSION_LEADS = [
  { email: 'lead.chesterfield@demo.touchstone.test', gssCode: 'E07000034' },
  { email: 'lead.hartlepool@demo.touchstone.test', gssCode: 'E06000001' },
  { email: 'lead.uttlesford@demo.touchstone.test', gssCode: 'E07000077' },
];

/**
 * Each session sits on a draft of its own, in a round no other data uses (1980-81 … 1999-00: the
 * sector data is 2021-22 on, the submission scenarios 2027-28 on), removed before and after.
 */
const SESSION_ROUNDS = roundsFrom('1980-81', 20);
export const MAX_LIVE_SESSIONS = SESSION_LEADS.length * SESSION_ROUNDS.length;

/** WebSockets opening at once during set-up. */
const WEBSOCKET_BATCH = 20;

const ROLES = ['OFFICER', 'MANAGER', 'COUNCILLOR', 'PARTNER'];

const OPS = {
  create: `mutation CreateAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }`,
  open: `mutation OpenSession($input: OpenSessionInput!) { openSession(input: $input) { session { id joinCode } } }`,
  openStatement: `mutation OpenStatement($id: ID!, $item: String!) { openStatement(sessionId: $id, itemKey: $item) { current { item { key } phase } } }`,
  reveal: `mutation RevealVotes($id: ID!) { revealVotes(sessionId: $id) { scoredCount current { phase } } }`,
  signOut: `mutation SignOut { signOut }`,
  // The facilitator's screen: what the dashboard's facilitator view reads after each event.
  facilitator: `query FacilitatorSession($id: ID!) { facilitatorSession(sessionId: $id) { session { status } scoredCount participantsByRole { role count } current { item { key } phase voteRound } spread { scored withheld } } }`,
  join: `mutation JoinSession($code: String!, $role: ParticipantRole!) { joinSession(input: { joinCode: $code, role: $role }) { participantToken } }`,
  vote: `mutation CastVote($input: CastVoteInput!) { castVote(input: $input) { myVotes { level { key } } canVote } }`,
  // The participant's phone: the statement, its own score, the spread once revealed.
  participant: `query ParticipantSession($id: ID!) { participantSession(sessionId: $id) { canVote current { item { key } phase voteRound } myVotes { level { key } } spread { scored withheld } } }`,
  subscription: `subscription SessionChanged($id: ID!) { sessionChanged(sessionId: $id) { sessionId kind version } }`,
};

/** A participant's phone re-reads its view only on changes it shows; votes and joins change the facilitator's screen alone. */
const PARTICIPANT_VIEW_KINDS = new Set(['STATEMENT_OPENED', 'REVEALED', 'REVOTE_STARTED', 'AGREED', 'SKIPPED', 'ENDED']);

export type LiveSessionOptions = {
  sessions: number;
  participants: number;
  /** Statements scored in turn in every session; each is one round of votes and a reveal. */
  statements: number;
  /** Upper bound on every wait (set-up, one round of votes, one reveal). */
  timeLimitMs: number;
  /** 0: every participant votes at once (the burst). Otherwise each votes at its own moment within this many ms. */
  voteWindowMs?: number;
};

/**
 * When, within the voting time, a participant votes: spread evenly over it but in no order of
 * session or seat (the golden ratio's fractional multiples), and the same in every run.
 */
export function votingMoment(session: number, seat: number, perSession: number, windowMs: number): number {
  return (((session * perSession + seat) * 0.6180339887498949) % 1) * windowMs;
}

export type LiveSessionResult = {
  key: string;
  /** 0 for the burst; otherwise the voting time each round's votes were spread over. */
  voteWindowMs: number;
  sessions: number;
  participantsPerSession: number;
  /** Statements scored; fewer than planned when a phase reached the time limit. */
  statements: number;
  statementsPlanned: number;
  apiProcesses: { name: string; pid: number; port: number; role: string }[];
  votes: {
    sent: number;
    /** Votes whose arrival on the facilitator's screen was seen within the time limit. */
    measured: number;
    /** From sending castVote to the facilitator holding a state that includes the vote. */
    toFacilitator: LatencySummary;
    /** castVote's own round trip, for comparison. */
    castVote: LatencySummary;
    /** Votes sent per second, from the first vote of a round to the last reply, over all rounds. */
    throughput: number;
    budget: { p95Ms: number; description: string };
    pass: boolean;
    /** CPU per vote over the voting rounds: the bench process (every client), the database, and each API process. */
    cpu: CpuPerTask & { apiMs: Record<string, number | null> };
  };
  reveal: {
    expected: number;
    measured: number;
    /** From sending revealVotes to the participant's phone holding the revealed state. */
    toParticipants: LatencySummary;
    /** From sending revealVotes to the participant's subscription event (the change notice alone). */
    eventToParticipants: LatencySummary;
    /** The slowest participant of each session, per reveal (ms). */
    maxPerSession: LatencySummary;
  };
  /** Each statement's own figures, in the order scored: a later one may wait behind an earlier one's backlog of events. */
  perStatement: { itemKey: string; voteToFacilitator: LatencySummary; revealToParticipants: LatencySummary; timedOut: boolean }[];
  timedOut: boolean;
  /** Requests sent again because their connection was reset before a reply (counted in their latency), per API process. */
  connectionResets: Record<string, number>;
  /** The machine's load average (1, 5, 15 minutes) as the scenario started and as it ended. */
  loadAverage: { start: number[]; end: number[] };
};

export type LiveSessionContext = {
  /** The API role's connection string, given to each API process. */
  apiDatabaseUrl: string;
  /** The owner's connection, to remove what the scenario created. */
  owner: DataSource;
  password: string;
  /** The framework the sessions score (its first section with enough statements). */
  framework: Framework;
  options: LiveSessionOptions;
  meter: CpuMeter;
  log: (message: string) => void;
};

const now = () => performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the condition holds; false once the deadline passes. Measurements use the callbacks' own timestamps, never this loop's. */
async function waitUntil(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = now() + timeoutMs;
  while (!test()) {
    if (now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Rejects if the promise has not settled within the time limit, so no request can hold the scenario up for ever. */
function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`live-session: ${what} took longer than ${timeoutMs / 1000} s`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs the tasks with at most `limit` in flight (set-up requests: sign-in, joins). */
async function inBatches<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

/**
 * Idle kept-alive sockets are closed after this long, well inside Node's 5-second server keep-alive
 * timeout: reusing a socket the server is closing at that moment fails with "socket hang up".
 */
const IDLE_SOCKET_MS = 4000;

/** A request whose connection was reset before any reply is sent again, at most this many times, as a browser does on a stale kept-alive connection. */
const RESET_RETRIES = 2;

/** GraphQL over HTTP to one API process on 127.0.0.1, as one device: its headers (a session cookie or a participant token) on every request. */
class DeviceHttp {
  private readonly agent: http.Agent;

  constructor(
    private readonly port: number,
    maxSockets: number,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets, timeout: IDLE_SOCKET_MS });
  }

  /** Requests sent again after their connection was reset (the server closing an idle socket, or its accept queue overflowing). */
  resets = 0;

  private post(body: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: '127.0.0.1',
          port: this.port,
          path: '/graphql',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  caller(headers: Record<string, string>): GraphQLCaller {
    return async <TData>(query: string, variables?: Record<string, unknown>) => {
      const body = JSON.stringify({ query, variables });
      let reply: { status: number; body: string } | null = null;
      for (let attempt = 0; !reply; attempt++) {
        try {
          reply = await this.post(body, headers);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (attempt >= RESET_RETRIES || (code !== 'ECONNRESET' && code !== 'EPIPE')) throw error;
          this.resets++;
        }
      }
      const parsed = JSON.parse(reply.body) as { data?: TData; errors?: { message: string }[] };
      if (reply.status !== 200 || parsed.errors?.length || !parsed.data) {
        const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'operation';
        throw new Error(`live-session: ${operation} failed (HTTP ${reply.status}): ${reply.body.slice(0, 200)}`);
      }
      return parsed.data;
    };
  }

  close(): void {
    this.agent.destroy();
  }
}

type ApiProcess = { name: string; pid: number; port: number; stop: () => Promise<void> };

/** Starts `node build/bench/session-api-process.js` and waits for it to say which port it serves. */
async function startApiProcess(name: string, databaseUrl: string, timeoutMs: number): Promise<ApiProcess> {
  // BENCH_API_PROFILE_DIR (passed on in the environment) has each API process write its CPU profile there.
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'session-api-process.js')], {
    env: { ...process.env, BENCH_API_DATABASE_URL: databaseUrl, BENCH_API_NAME: `touchstone-bench-${name}`, DEMO_DATA: 'false' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  };
  try {
    const port = await within(
      new Promise<number>((resolve, reject) => {
        // Every line is read, so the pipe never fills and blocks the process; only the first {"port"} line matters.
        createInterface({ input: child.stdout! }).on('line', (line) => {
          try {
            const parsed = JSON.parse(line) as { port?: unknown };
            if (typeof parsed.port === 'number') resolve(parsed.port);
          } catch {
            // A log line, not the announcement.
          }
        });
        child.once('exit', (code) => reject(new Error(`API process ${name} exited with ${code} before serving`)));
      }),
      timeoutMs,
      `starting API process ${name}`,
    );
    return { name, pid: child.pid!, port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** CPU ms used so far by a process (user + system, from /proc); null where /proc does not show it. */
function processCpuMs(pid: number): number | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

type SessionEvent = { kind: string; version: number; at: number };

/**
 * A graphql-ws client following one session over its own WebSocket to 127.0.0.1, as a phone or the
 * facilitator's laptop does; `connected` settles once the server has accepted the connection.
 */
function follow(
  port: number,
  sessionId: string,
  auth: { cookie?: string; participantToken?: string },
  onEvent: (event: SessionEvent) => void,
  errors: unknown[],
): { client: Client; connected: Promise<void> } {
  const { cookie } = auth;
  class AuthWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: AuthWebSocket,
    connectionParams: auth.participantToken ? { participantToken: auth.participantToken } : {},
    retryAttempts: 0,
    lazy: false,
  });
  const connected = new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('closed', (event) => reject(new Error(`WebSocket closed before it was accepted: ${describe(event)}`)));
  });
  // Settled either way here; the caller awaits it to open sockets a batch at a time.
  connected.catch(() => undefined);
  client.subscribe<{ sessionChanged: { kind: string; version: number } }>(
    { query: OPS.subscription, variables: { id: sessionId } },
    {
      next: (result) => {
        const at = now();
        if (result.errors) errors.push(...result.errors);
        if (result.data) onEvent({ ...result.data.sessionChanged, at });
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return { client, connected };
}

/** A short description of what a client reported: an Error's message, a WebSocket close's code and reason, or JSON. */
function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error && 'reason' in error)
    return `close ${String((error as { code: unknown }).code)} ${String((error as { reason: unknown }).reason)}`;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

type Read<TView> = { sent: number; received: number; view: TView };

/**
 * A screen that re-reads its state after each event, as the dashboard does; a change that arrives
 * while a read is in flight is read once that one returns (one read in flight at a time).
 */
class Screen<TView> {
  readonly reads: Read<TView>[] = [];
  readonly events: SessionEvent[] = [];
  private inFlight = false;
  private stale = false;

  constructor(
    private readonly read: () => Promise<TView>,
    private readonly errors: unknown[],
    private readonly rereadOn: (kind: string) => boolean,
  ) {}

  onEvent = (event: SessionEvent): void => {
    this.events.push(event);
    if (this.rereadOn(event.kind)) this.refresh();
  };

  get idle(): boolean {
    return !this.inFlight && !this.stale;
  }

  refresh(): void {
    if (this.inFlight) {
      this.stale = true;
      return;
    }
    this.inFlight = true;
    const sent = now();
    this.read()
      .then((view) => this.reads.push({ sent, received: now(), view }))
      .catch((error: unknown) => this.errors.push(error))
      .finally(() => {
        this.inFlight = false;
        if (this.stale) {
          this.stale = false;
          this.refresh();
        }
      });
  }

  lastRead(): TView | undefined {
    return this.reads[this.reads.length - 1]?.view;
  }
}

type FacilitatorView = {
  facilitatorSession: { scoredCount: number; current: { item: { key: string }; phase: string; voteRound: number } | null };
};
type ParticipantView = { participantSession: { canVote: boolean; current: { item: { key: string }; phase: string } | null } };

type Participant = { token: string; call: GraphQLCaller; screen: Screen<ParticipantView>; ws?: Client };
type LiveSession = {
  index: number;
  id: string;
  joinCode: string;
  lead: GraphQLCaller;
  cookie: string;
  facilitator: Screen<FacilitatorView>;
  facilitatorWs?: Client;
  participants: Participant[];
};

type Vote = { send: number; reply: number };

/**
 * When the facilitator's screen first showed each vote: the first read that certainly includes it.
 * A read includes a vote if the read was sent after the vote's reply (the vote had committed), or
 * if its count equals every vote sent before the read returned (none can be missing). Votes carry
 * no identity on the screen, so this is an upper bound on the true time, never a flattering one.
 */
export function voteArrivals(votes: Vote[], reads: { sent: number; received: number; count: number }[]): (number | null)[] {
  const sends = votes.map((v) => v.send).sort((a, b) => a - b);
  const sentBefore = (t: number) => {
    let n = 0;
    while (n < sends.length && sends[n] < t) n++;
    return n;
  };
  const complete = reads.map((r) => r.count >= sentBefore(r.received));
  return votes.map((vote) => {
    let best: number | null = null;
    reads.forEach((r, i) => {
      if (r.received <= vote.send) return;
      if (r.sent >= vote.reply || complete[i]) best = best === null ? r.received - vote.send : Math.min(best, r.received - vote.send);
    });
    return best;
  });
}

/** Signs each facilitator in on process A, gives each session a draft of its own and opens it there. */
async function createSessions(context: LiveSessionContext, clientA: LoopbackClient, devicesA: DeviceHttp): Promise<LiveSession[]> {
  const { options, framework } = context;
  const sectionKey = sectionFor(framework, options.statements).key;
  const errors: unknown[] = [];
  return inBatches(options.sessions, 3, async (index) => {
    const lead = SESSION_LEADS[index % SESSION_LEADS.length];
    const round = SESSION_ROUNDS[Math.floor(index / SESSION_LEADS.length)];
    const cookie = await signIn(clientA, lead.email, context.password);
    const call = devicesA.caller({ cookie });
    const { createAssessment } = await call<{ createAssessment: { id: string } }>(OPS.create, {
      input: { councilGssCode: lead.gssCode, frameworkKey: framework.key, round },
    });
    const { openSession } = await call<{ openSession: { session: { id: string; joinCode: string } } }>(OPS.open, {
      input: { assessmentId: createAssessment.id, sectionKeys: [sectionKey] },
    });
    const id = openSession.session.id;
    const facilitator = new Screen<FacilitatorView>(
      () => call<FacilitatorView>(OPS.facilitator, { id }),
      errors,
      () => true,
    );
    return { index, id, joinCode: openSession.session.joinCode, lead: call, cookie, facilitator, participants: [] };
  });
}

function sectionFor(framework: Framework, statements: number) {
  const section = framework.sections.find((s) => s.items.length >= statements);
  if (!section) throw new Error(`live-session: no section of ${framework.key} has ${statements} statements`);
  return section;
}

/** Removes the scenario's drafts (and with them, by cascade, their sessions, participants and votes). */
export async function removeLiveSessionData(owner: DataSource): Promise<void> {
  await owner.query(
    `DELETE FROM assessment WHERE NOT is_synthetic AND round BETWEEN $1 AND $2
       AND council_id IN (SELECT id FROM council WHERE gss_code = ANY($3))`,
    [SESSION_ROUNDS[0], SESSION_ROUNDS[SESSION_ROUNDS.length - 1], SESSION_LEADS.map((l) => l.gssCode)],
  );
}

/**
 * The live-session scenario: two API processes over the bench database; sessions opened on A by
 * their facilitators, participants joined on B; every participant votes at once, and each vote is
 * timed to the facilitator's screen; then every facilitator reveals at once, timed to each phone.
 */
export async function runLiveSessions(context: LiveSessionContext): Promise<LiveSessionResult> {
  const { options, log, framework } = context;
  const { sessions: sessionCount, participants: perSession, statements, timeLimitMs } = options;
  const voteWindowMs = options.voteWindowMs ?? 0;
  const key = voteWindowMs > 0 ? LIVE_SESSION_PACED_KEY : LIVE_SESSION_KEY;
  const loadStart = loadavg();
  const errors: unknown[] = [];
  const cleanups: { name: string; run: () => Promise<void> | void }[] = [];
  const items = sectionFor(framework, statements).items.slice(0, statements);
  const levels = framework.dimensions[0].levels.map((l) => l.key);

  await removeLiveSessionData(context.owner);
  cleanups.push({ name: 'session data', run: () => removeLiveSessionData(context.owner) });
  try {
    log(`${key}: starting API processes A and B (node build/bench/session-api-process.js)`);
    const [a, b] = await Promise.all([
      startApiProcess('A', context.apiDatabaseUrl, timeLimitMs),
      startApiProcess('B', context.apiDatabaseUrl, timeLimitMs),
    ]);
    cleanups.push({ name: 'API process A', run: a.stop }, { name: 'API process B', run: b.stop });
    log(`${key}: A on 127.0.0.1:${a.port} (pid ${a.pid}), B on 127.0.0.1:${b.port} (pid ${b.pid})`);

    // Every phone has its own connection, as on a real network: B's client may open one socket per participant.
    const clientA = new LoopbackClient(a.port, sessionCount * 2);
    const clientB = new LoopbackClient(b.port, sessionCount * perSession);
    // Sign-in and joins go through the bench's own client; each facilitator's and participant's later requests through a device's.
    const devicesA = new DeviceHttp(a.port, sessionCount * 2);
    const devicesB = new DeviceHttp(b.port, sessionCount * perSession);
    cleanups.push({ name: 'HTTP clients', run: () => (clientA.close(), clientB.close(), devicesA.close(), devicesB.close()) });

    log(`${key}: ${sessionCount} facilitators sign in on A and open a session each`);
    const live = await within(createSessions(context, clientA, devicesA), timeLimitMs, 'opening the sessions');
    cleanups.push({
      name: 'facilitator sign-outs',
      run: async () => void (await Promise.all(live.map((s) => s.lead(OPS.signOut).catch(() => undefined)))),
    });

    log(`${key}: ${sessionCount * perSession} participants join on B`);
    const joinClient = graphqlCaller(clientB);
    await within(
      inBatches(sessionCount * perSession, 8, async (n) => {
        const session = live[n % sessionCount];
        const role = ROLES[Math.floor(n / sessionCount) % ROLES.length];
        const { joinSession } = await joinClient<{ joinSession: { participantToken: string } }>(OPS.join, {
          code: session.joinCode,
          role,
        });
        const token = joinSession.participantToken;
        const call = devicesB.caller({ [PARTICIPANT_TOKEN_HEADER]: token });
        const screen = new Screen<ParticipantView>(
          () => call<ParticipantView>(OPS.participant, { id: session.id }),
          errors,
          (kind) => PARTICIPANT_VIEW_KINDS.has(kind),
        );
        session.participants.push({ token, call, screen });
      }),
      timeLimitMs,
      'joining the participants',
    );

    log(`${key}: facilitators subscribe on A, participants on B (graphql-ws over ws)`);
    const sockets: Client[] = [];
    cleanups.push({ name: 'WebSockets', run: async () => void (await Promise.all(sockets.map((s) => s.dispose()))) });
    // Opened a batch at a time: 1,230 connections at once on two busy cores would miss graphql-ws's
    // 3-second connection_init timeout, as phones arriving over a few minutes never do.
    const openers = live.flatMap((session) => [
      () => {
        const { client, connected } = follow(a.port, session.id, { cookie: session.cookie }, session.facilitator.onEvent, errors);
        session.facilitatorWs = client;
        sockets.push(client);
        return connected;
      },
      ...session.participants.map((p) => () => {
        const { client, connected } = follow(b.port, session.id, { participantToken: p.token }, p.screen.onEvent, errors);
        p.ws = client;
        sockets.push(client);
        return connected;
      }),
    ]);
    await within(
      inBatches(openers.length, WEBSOCKET_BATCH, (i) => openers[i]()),
      timeLimitMs,
      'opening the WebSockets',
    );

    const voteLatencies: number[] = [];
    const castVoteLatencies: number[] = [];
    const revealScreen: number[] = [];
    const revealEvent: number[] = [];
    const revealMaxPerSession: number[] = [];
    const perStatement: LiveSessionResult['perStatement'] = [];
    let sent = 0;
    let timedOut = false;
    let votingMs = 0;
    const apiCpu = { A: 0, B: 0 } as Record<string, number | null>;
    let cpu: CpuPerTask = { nodeMs: 0, databaseMs: 0 };
    const cpuSums = { nodeMs: 0, databaseMs: 0 as number | null };

    let statementsRun = 0;
    for (const [round, item] of items.entries()) {
      statementsRun++;
      const [votesBefore, revealsBefore] = [voteLatencies.length, revealScreen.length];
      // Open the statement everywhere; graphql-ws does not acknowledge a subscription, so the
      // opening is repeated (at most 5 times) until every screen and phone has heard it.
      const everyone = (s: LiveSession) => [s.facilitator, ...s.participants.map((p) => p.screen)];
      let pending = live;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt === 5)
          throw new Error(
            `live-session: ${pending.length} sessions never heard statement ${item.key} open${errors.length > 0 ? `; the first client error: ${describe(errors[0])}` : ''}`,
          );
        const since = now();
        await within(
          Promise.all(pending.map((s) => s.lead(OPS.openStatement, { id: s.id, item: item.key }))),
          timeLimitMs,
          'opening a statement',
        );
        await waitUntil(
          () => pending.every((s) => everyone(s).every((x) => x.events.some((e) => e.kind === 'STATEMENT_OPENED' && e.at > since))),
          10_000,
        );
        pending = pending.filter((s) => !everyone(s).every((x) => x.events.some((e) => e.kind === 'STATEMENT_OPENED' && e.at > since)));
      }
      // Every screen shows the statement and is quiet before anyone votes.
      const settled = await waitUntil(
        () =>
          live.every(
            (s) =>
              everyone(s).every((x) => x.idle) &&
              s.facilitator.lastRead()?.facilitatorSession.current?.item.key === item.key &&
              s.participants.every((p) => p.screen.lastRead()?.participantSession.current?.item.key === item.key),
          ),
        timeLimitMs,
      );
      if (!settled) throw new Error(`live-session: the screens never showed statement ${item.key}`);
      await sleep(500);

      log(
        `${key}: statement ${round + 1}/${items.length} (${item.key}): ${sessionCount * perSession} votes ${voteWindowMs > 0 ? `spread over ${voteWindowMs / 1000} s` : 'at once'}`,
      );
      const votes = new Map<LiveSession, Vote[]>(live.map((s) => [s, []]));
      const readsFrom = new Map(live.map((s) => [s, s.facilitator.reads.length]));
      const cpuBefore = context.meter();
      const apiBefore = { A: processCpuMs(a.pid), B: processCpuMs(b.pid) };
      const started = now();
      const sending: Promise<void>[] = [];
      for (const session of live) {
        session.participants.forEach((p, i) => {
          const levelKey = levels[(session.index * 7 + i * 3 + round) % levels.length];
          const castAt = voteWindowMs > 0 ? votingMoment(session.index, i, perSession, voteWindowMs) : 0;
          sending.push(
            (castAt > 0 ? sleep(castAt) : Promise.resolve()).then(async () => {
              const send = now();
              await p.call(OPS.vote, { input: { sessionId: session.id, itemKey: item.key, levels: [{ levelKey }] } });
              votes.get(session)!.push({ send, reply: now() });
            }),
          );
        });
      }
      sent += sending.length;
      await within(Promise.all(sending), timeLimitMs, 'a round of votes');
      const lastReply = now();
      votingMs += lastReply - started;
      const allShown = await waitUntil(
        () =>
          live.every((s) => s.facilitator.reads.slice(readsFrom.get(s)).some((r) => r.view.facilitatorSession.scoredCount === perSession)),
        timeLimitMs,
      );
      const cpuAfter = context.meter();
      const perVote = cpuPerTask(cpuBefore, cpuAfter, sending.length);
      cpuSums.nodeMs += perVote.nodeMs * sending.length;
      cpuSums.databaseMs =
        perVote.databaseMs === null || cpuSums.databaseMs === null ? null : cpuSums.databaseMs + perVote.databaseMs * sending.length;
      for (const [name, pid] of [
        ['A', a.pid],
        ['B', b.pid],
      ] as const) {
        const before = apiBefore[name];
        const after = processCpuMs(pid);
        apiCpu[name] = before === null || after === null || apiCpu[name] === null ? null : apiCpu[name]! + (after - before);
      }
      if (!allShown) timedOut = true;
      for (const session of live) {
        const sessionVotes = votes.get(session)!;
        castVoteLatencies.push(...sessionVotes.map((v) => v.reply - v.send));
        const reads = session.facilitator.reads
          .slice(readsFrom.get(session))
          .filter((r) => r.sent >= started && r.view.facilitatorSession.current?.item.key === item.key)
          .map((r) => ({ sent: r.sent, received: r.received, count: r.view.facilitatorSession.scoredCount }));
        for (const arrival of voteArrivals(sessionVotes, reads)) if (arrival !== null) voteLatencies.push(arrival);
      }

      // The reveal: every facilitator at once, timed to each participant's phone.
      await waitUntil(() => live.every((s) => everyone(s).every((x) => x.idle)), timeLimitMs);
      await sleep(500);
      log(`${key}: statement ${round + 1}/${items.length}: ${sessionCount} reveals at once`);
      const revealSent = new Map<LiveSession, number>();
      await within(
        Promise.all(
          live.map((s) => {
            revealSent.set(s, now());
            return s.lead(OPS.reveal, { id: s.id });
          }),
        ),
        timeLimitMs,
        'the reveals',
      );
      const revealedRead = (p: Participant, since: number) =>
        p.screen.reads.find(
          (r) =>
            r.sent >= since &&
            r.view.participantSession.current?.item.key === item.key &&
            r.view.participantSession.current.phase === 'REVEALED',
        );
      const allRevealed = await waitUntil(
        () => live.every((s) => s.participants.every((p) => revealedRead(p, revealSent.get(s)!))),
        timeLimitMs,
      );
      if (!allRevealed) timedOut = true;
      for (const session of live) {
        const since = revealSent.get(session)!;
        let slowest = 0;
        for (const p of session.participants) {
          const event = p.screen.events.find((e) => e.kind === 'REVEALED' && e.at > since);
          if (event) revealEvent.push(event.at - since);
          const read = revealedRead(p, since);
          if (read) {
            revealScreen.push(read.received - since);
            slowest = Math.max(slowest, read.received - since);
          } else slowest = Number.POSITIVE_INFINITY;
        }
        if (Number.isFinite(slowest)) revealMaxPerSession.push(slowest);
      }
      // A phase that reached the time limit leaves a backlog the next statement would be measured behind: stop here.
      perStatement.push({
        itemKey: item.key,
        voteToFacilitator: summarise(voteLatencies.slice(votesBefore)),
        revealToParticipants: summarise(revealScreen.slice(revealsBefore)),
        timedOut,
      });
      if (timedOut) {
        log(`${key}: a phase reached the time limit; not scoring the remaining ${items.length - statementsRun} statements`);
        break;
      }
    }
    if (errors.length > 0) throw new Error(`live-session: ${errors.length} client errors, the first: ${describe(errors[0])}`);

    cpu = {
      nodeMs: cpuSums.nodeMs / sent,
      databaseMs: cpuSums.databaseMs === null ? null : cpuSums.databaseMs / sent,
    };
    const toFacilitator = summarise(voteLatencies);
    const expectedReveals = sessionCount * perSession * statementsRun;
    return {
      key,
      voteWindowMs,
      sessions: sessionCount,
      participantsPerSession: perSession,
      statements: statementsRun,
      statementsPlanned: items.length,
      apiProcesses: [
        { name: 'A', pid: a.pid, port: a.port, role: 'facilitators: sign-in, sessions, subscriptions, state reads, reveals' },
        { name: 'B', pid: b.pid, port: b.port, role: 'participants: joins, votes, subscriptions, state reads' },
      ],
      votes: {
        sent,
        measured: voteLatencies.length,
        toFacilitator,
        castVote: summarise(castVoteLatencies),
        throughput: sent / (votingMs / 1000),
        budget: { p95Ms: VOTE_BUDGET_MS, description: `p95 ≤ ${VOTE_BUDGET_MS} ms` },
        // Every vote must have been seen: a vote that never reached the screen is a failure, not a gap.
        pass: voteLatencies.length === sent && toFacilitator.p95 <= VOTE_BUDGET_MS,
        cpu: {
          ...cpu,
          apiMs: Object.fromEntries(Object.entries(apiCpu).map(([name, ms]) => [name, ms === null ? null : ms / sent])),
        },
      },
      reveal: {
        expected: expectedReveals,
        measured: revealScreen.length,
        toParticipants: summarise(revealScreen),
        eventToParticipants: summarise(revealEvent),
        maxPerSession: summarise(revealMaxPerSession),
      },
      perStatement,
      timedOut,
      connectionResets: { A: devicesA.resets, B: devicesB.resets },
      loadAverage: { start: loadStart, end: loadavg() },
    };
  } finally {
    for (const { name, run } of cleanups.reverse()) {
      await Promise.resolve()
        .then(run)
        .catch((error: unknown) => console.error(`[bench] ${key}: stopping ${name} failed:`, error));
    }
  }
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '—').padStart(10);
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(', ');

/** The scenario's own table: votes to the facilitator, castVote alone, the reveal to the phones, CPU and the machine's load. */
export function formatLiveSession(result: LiveSessionResult): string {
  const { votes, reveal } = result;
  const line = (label: string, n: number, s: LatencySummary) =>
    `  ${label.padEnd(44)}${String(n).padStart(6)}${ms(s.p50)}${ms(s.p95)}${ms(s.p99)}${ms(s.max)}`;
  const cpu = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1));
  return [
    `Live sessions (${result.key}): ${result.sessions} at once × ${result.participantsPerSession} participants, ${result.statements} of ${result.statementsPlanned} statements each, on two API processes (A: facilitators, B: participants)`,
    `  each round's votes: ${result.voteWindowMs > 0 ? `spread over ${result.voteWindowMs / 1000} s, each participant at its own moment (so votes/s is at most the offered rate)` : 'all sent at once'}`,
    `  ${''.padEnd(44)}${'n'.padStart(6)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'p99 ms'.padStart(10)}${'max ms'.padStart(10)}`,
    line('vote → facilitator screen (event, then read)', votes.measured, votes.toFacilitator),
    line('castVote round trip', votes.castVote.count, votes.castVote),
    line('reveal → participant phone (event, then read)', reveal.measured, reveal.toParticipants),
    line('reveal → participant event', reveal.eventToParticipants.count, reveal.eventToParticipants),
    line('reveal → slowest phone of each session', reveal.maxPerSession.count, reveal.maxPerSession),
    ...result.perStatement.map(
      (st, i) =>
        `  statement ${i + 1} (${st.itemKey}): vote → facilitator p50 ${ms(st.voteToFacilitator.p50).trim()} / p95 ${ms(st.voteToFacilitator.p95).trim()} ms; reveal → phones p50 ${ms(st.revealToParticipants.p50).trim()} / p95 ${ms(st.revealToParticipants.p95).trim()} ms${st.timedOut ? ' (time limit reached)' : ''}`,
    ),
    `  votes sent ${votes.sent}, seen on the facilitator's screen ${votes.measured}; phones shown the reveal ${reveal.measured} of ${reveal.expected}${result.timedOut ? '  (time limit reached)' : ''}`,
    `  ${votes.throughput.toFixed(0)} votes/s; CPU ms per vote: bench clients ${cpu(votes.cpu.nodeMs)}, PostgreSQL ${cpu(votes.cpu.databaseMs)}, API A ${cpu(votes.cpu.apiMs.A)}, API B ${cpu(votes.cpu.apiMs.B)}`,
    `  requests sent again after a connection reset: A ${result.connectionResets.A}, B ${result.connectionResets.B}`,
    `  load average at start ${load(result.loadAverage.start)}, at end ${load(result.loadAverage.end)}`,
    `  budget: vote → facilitator ${votes.budget.description}   ${votes.pass ? 'PASS' : 'FAIL'}`,
  ].join('\n');
}
