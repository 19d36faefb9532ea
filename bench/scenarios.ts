import { performance } from 'node:perf_hooks';

import { ParticipantRole } from '../api/src/modules/assessment/index';

import { type BenchAccount, type BenchFixture, type CouncilRef, FRAMEWORKS, POSITION_PEER_GROUPS } from './fixtures';
import type { GraphQLCaller, LoopbackClient } from './http-client';
import type { Task } from './load-runner';
import { benchRounds, type SubmissionPayload, submissionPayload } from './submission-payload';

const POSITION = `query CouncilPosition($councilGssCode: String!, $frameworkKey: String!, $round: String!, $peerGroupKeys: [String!]) {
  councilPosition(councilGssCode: $councilGssCode, frameworkKey: $frameworkKey, round: $round, peerGroupKeys: $peerGroupKeys) {
    subjects { key councilScore answered total spread
      comparisons { suppressed contributorsBand median lowerQuartile upperQuartile distribution position { band phrase } } }
  }
}`;

const SECTOR = `query SectorView($frameworkKey: String!, $round: String!) {
  sectorView(frameworkKey: $frameworkKey, round: $round) {
    round previousRound includesSynthetic
    cells { sectionKey peerGroupKey suppressed contributorsBand median lowerQuartile upperQuartile distribution changeFromPrevious }
  }
}`;

const MATRIX = `query DimensionMatrix($councilGssCode: String!, $frameworkKey: String!, $round: String!) {
  dimensionMatrix(councilGssCode: $councilGssCode, frameworkKey: $frameworkKey, round: $round) {
    peersSuppressed peersBand includesSynthetic
    items { item { key } rowLevel { key } columnLevel { key } actFirst }
    cells { rowLevel { key } columnLevel { key } councilItems peerShare }
  }
}`;

const CREATE = `mutation CreateAssessment($input: CreateAssessmentInput!) { createAssessment(input: $input) { id status } }`;
const RESPONSES = `mutation RecordParticipantResponses($input: RecordParticipantResponsesInput!) { recordParticipantResponses(input: $input) { id status } }`;
const AGREED = `mutation RecordAgreedRatings($input: RecordAgreedRatingsInput!) { recordAgreedRatings(input: $input) { id status } }`;
const SUBMIT_COMPLETED = `mutation SubmitCompletedAssessment($input: SubmitCompletedAssessmentInput!) { submitCompletedAssessment(input: $input) { id status submittedAt } }`;
const SUBMIT = `mutation SubmitAssessment($assessmentId: ID!) { submitAssessment(assessmentId: $assessmentId) { id status submittedAt } }`;

/** A budget from DESIGN.md §7, judged on the p95 of the named metric. */
export type Budget = { p95Ms: number; description: string };

/** One row of the results: an API measurement, the ceiling it is compared with, and its budget if DESIGN.md sets one. */
export type ScenarioRow = { key: string; title: string; metric: string; budget: Budget | null };

/** A scenario: the same work asked of the API and of the ceiling, reported as one or more rows. */
export type Scenario = {
  key: string;
  /** Reads are compared with the ceiling's throughput (#16) and have their ledger checks measured (#14). */
  kind: 'read' | 'submission';
  iterations: number;
  warmup: number;
  rows: ScenarioRow[];
  api: Task;
  ceiling: Task;
  /** Runs before the scenario is measured (submissions start from a clean slate of bench rounds). */
  prepare?: () => Promise<void>;
};

export type ScenarioContext = {
  fixture: BenchFixture;
  /** A GraphQL caller per signed-in account. */
  api: Record<BenchAccount, GraphQLCaller>;
  ceiling: LoopbackClient;
  /** Removes the bench's own submissions, so each submission scenario has every bench round free. */
  resetSubmissions: () => Promise<void>;
  /**
   * Moves the release stamp on (council_facts_version, as a change to a council's facts does), so
   * that every API process drops the results it recorded and recomputes each read.
   */
  moveReleaseStamp: () => Promise<void>;
  requests: number;
  warmup: number;
  submissions: number;
  submissionWarmup: number;
  seed: string;
};

export const POSITION_BUDGET: Budget = { p95Ms: 50, description: 'p95 < 50 ms' };
export const SECTOR_BUDGET: Budget = { p95Ms: 100, description: 'p95 < 100 ms' };
export const SUBMISSION_BUDGET: Budget = { p95Ms: 300, description: '< 300 ms (p95)' };

/**
 * An empty answer is fast and proves nothing, so the first answer of each side is checked for
 * real figures (iteration 0: a warm-up request unless --warmup is 0).
 */
function assertAnswers(scenario: string, side: string, ok: boolean): void {
  if (!ok) throw new Error(`${scenario}: the ${side}'s first answer has no figures, so its timings would mean nothing`);
}

/** The ceiling answers 200 with JSON or the benchmark stops: a silent error would look fast. */
function ceilingTask<TAnswer>(
  context: ScenarioContext,
  path: string,
  body: (iteration: number) => unknown,
  hasFigures: (answer: TAnswer) => boolean,
): Task {
  return async (iteration) => {
    const reply = await context.ceiling.postJson(path, body(iteration));
    if (reply.status !== 200) throw new Error(`ceiling ${path} failed (HTTP ${reply.status}): ${reply.body.slice(0, 300)}`);
    if (iteration === 0) assertAnswers(path, 'ceiling', hasFigures(JSON.parse(reply.body) as TAnswer));
  };
}

type PositionAnswer = {
  councilPosition: { subjects: { councilScore: number | null; comparisons: { suppressed: boolean; median: number | null }[] }[] };
};
const positionHasFigures = (answer: PositionAnswer) =>
  answer.councilPosition.subjects.some((s) => s.councilScore !== null && s.comparisons.some((c) => !c.suppressed && c.median !== null));
const positionRowsHaveFigures = (answer: { stats: unknown[]; own: unknown[] }) => answer.stats.length > 0 && answer.own.length > 0;

function positionVariables(fixture: BenchFixture, gssCode: string) {
  return { councilGssCode: gssCode, frameworkKey: FRAMEWORKS.position, round: fixture.round, peerGroupKeys: POSITION_PEER_GROUPS };
}

/** GraphQL names an enum value by its TypeScript member name (OFFICER), not its stored value (officer). */
function enumName<TEnum extends Record<string, string>>(values: TEnum, value: string): string {
  const name = Object.keys(values).find((key) => values[key] === value);
  if (!name) throw new Error(`"${value}" is not a value of the enum`);
  return name;
}

/** A read: `requests` measured iterations after `warmup`, asked of the API and of the ceiling alike. */
function readScenario(context: ScenarioContext, read: Pick<Scenario, 'key' | 'rows' | 'api' | 'ceiling' | 'prepare'>): Scenario {
  return { ...read, kind: 'read', iterations: context.requests, warmup: context.warmup };
}

/** (a) A council lead's own full position: every section against five peer groups. */
function leadPosition(context: ScenarioContext): Scenario {
  const { fixture } = context;
  return readScenario(context, {
    key: 'position-lead',
    rows: [
      { key: 'position-lead', title: `Council position, lead of ${fixture.leadCouncil.gssCode}`, metric: 'total', budget: POSITION_BUDGET },
    ],
    api: async (i) => {
      const answer = await context.api.lead<PositionAnswer>(POSITION, positionVariables(fixture, fixture.leadCouncil.gssCode));
      if (i === 0) assertAnswers('position-lead', 'API', positionHasFigures(answer));
    },
    ceiling: ceilingTask(context, '/position', () => ({ councilId: fixture.leadCouncil.id, account: 'lead' }), positionRowsHaveFigures),
  });
}

/** The rotating read of council `iteration` (in gss_code order, wrapping round), as the administrator, and its ceiling. */
function rotatingTasks(
  context: ScenarioContext,
  scenario: string,
): { api: Task; ceiling: Task; councilFor: (iteration: number) => CouncilRef } {
  const { councils } = context.fixture;
  const councilFor = (iteration: number) => councils[iteration % councils.length];
  return {
    councilFor,
    api: async (i) => {
      const answer = await context.api.admin<PositionAnswer>(POSITION, positionVariables(context.fixture, councilFor(i).gssCode));
      if (i === 0) assertAnswers(scenario, 'API', positionHasFigures(answer));
    },
    ceiling: ceilingTask(context, '/position', (i) => ({ councilId: councilFor(i).id, account: 'admin' }), positionRowsHaveFigures),
  };
}

/**
 * (a) The same query for a different council each time, as an administrator going through every
 * council, each of which it has read before: served from the recorded releases while nothing they
 * were computed from has changed (the prepare step reads every council once, unmeasured).
 */
function rotatingPosition(context: ScenarioContext): Scenario {
  const { councils } = context.fixture;
  const tasks = rotatingTasks(context, 'position-rotating');
  return readScenario(context, {
    key: 'position-rotating',
    rows: [
      {
        key: 'position-rotating',
        title: `Council position, admin over ${councils.length} councils, each read before (recorded releases)`,
        metric: 'total',
        budget: POSITION_BUDGET,
      },
    ],
    prepare: async () => {
      for (let i = 0; i < councils.length; i++) await tasks.api(i);
    },
    api: tasks.api,
    ceiling: tasks.ceiling,
  });
}

/**
 * (a) The rotating read, every one a first read: nothing recorded for it, so the API works the
 * position out afresh (figures, disclosure control, the release ledger's check). The release stamp
 * is moved on before each pass over the councils, and each request of a pass waits for its pass's
 * move, so no request can be answered from a result recorded earlier.
 */
function firstReadPosition(context: ScenarioContext): Scenario {
  const { councils } = context.fixture;
  const tasks = rotatingTasks(context, 'position-first-read');
  return readScenario(context, {
    ...firstReads(context, tasks.api),
    key: 'position-first-read',
    rows: [
      {
        key: 'position-first-read',
        title: `Council position, admin over ${councils.length} councils, first read of each (nothing recorded)`,
        metric: 'total',
        budget: POSITION_BUDGET,
      },
    ],
    ceiling: tasks.ceiling,
  });
}

/**
 * A rotating read (one council per iteration, every council in turn) made a first read every time:
 * the release stamp is moved on before each pass over the councils, and each request of a pass
 * waits for its pass's move, so no request can be answered from a result recorded earlier.
 */
function firstReads(context: ScenarioContext, read: Task): Pick<Scenario, 'prepare' | 'api'> {
  const { councils } = context.fixture;
  let moves = new Map<number, Promise<void>>();
  const moved = (iteration: number) => {
    const pass = Math.floor(iteration / councils.length);
    const move = moves.get(pass) ?? context.moveReleaseStamp();
    moves.set(pass, move);
    return move;
  };
  return {
    // Each number of clients starts from iteration 0 again, so from a new pass and a new stamp.
    prepare: () => {
      moves = new Map();
      return Promise.resolve();
    },
    api: async (i) => {
      await moved(i);
      await read(i);
    },
  };
}

/** (b) The PAS sector heatmap: every section × every fixed peer group, with change since the previous round. */
function sectorView(context: ScenarioContext): Scenario {
  return readScenario(context, {
    key: 'sector',
    rows: [{ key: 'sector', title: 'Sector view, PAS analyst', metric: 'total', budget: SECTOR_BUDGET }],
    api: async (i) => {
      const answer = await context.api.analyst<{ sectorView: { cells: { suppressed: boolean; changeFromPrevious: number | null }[] } }>(
        SECTOR,
        { frameworkKey: FRAMEWORKS.sector, round: context.fixture.round },
      );
      if (i === 0)
        assertAnswers(
          'sector',
          'API',
          answer.sectorView.cells.some((c) => !c.suppressed && c.changeFromPrevious !== null),
        );
    },
    ceiling: ceilingTask(
      context,
      '/sector',
      () => ({}),
      (answer: { now: unknown[]; before: unknown[] }) => answer.now.length > 0 && answer.before.length > 0,
    ),
  });
}

type MatrixAnswer = { dimensionMatrix: { peersSuppressed: boolean; cells: { councilItems: number }[] } };
const matrixVariables = (fixture: BenchFixture, gssCode: string) => ({
  councilGssCode: gssCode,
  frameworkKey: FRAMEWORKS.matrix,
  round: fixture.round,
});
const matrixRowsHaveFigures = (answer: { own: unknown[]; pairs: unknown[] }) => answer.own.length > 0 && answer.pairs.length > 0;

/**
 * (c) The breakthrough matrix for the lead's council: its items by progress × plan coverage, and
 * peers' shares. The same read every time: served from its recorded release after the first.
 */
function dimensionMatrix(context: ScenarioContext): Scenario {
  const { fixture } = context;
  return readScenario(context, {
    key: 'matrix',
    rows: [{ key: 'matrix', title: `Breakthrough matrix, lead of ${fixture.leadCouncil.gssCode}`, metric: 'total', budget: null }],
    api: async (i) => {
      const answer = await context.api.lead<MatrixAnswer>(MATRIX, matrixVariables(fixture, fixture.leadCouncil.gssCode));
      if (i === 0)
        assertAnswers(
          'matrix',
          'API',
          !answer.dimensionMatrix.peersSuppressed && answer.dimensionMatrix.cells.some((c) => c.councilItems > 0),
        );
    },
    ceiling: ceilingTask(context, '/matrix', () => ({ councilId: fixture.leadCouncil.id, account: 'lead' }), matrixRowsHaveFigures),
  });
}

/**
 * (c) The matrix of a different council on each request, as an administrator going through every
 * council, each a first read (nothing recorded for it: the figures, disclosure control and the
 * release ledger's check, whose set every council's matrix shares, so released after the first).
 */
function firstReadMatrix(context: ScenarioContext): Scenario {
  const { fixture } = context;
  const { councils } = fixture;
  const councilFor = (iteration: number) => councils[iteration % councils.length];
  return readScenario(context, {
    key: 'matrix-first-read',
    rows: [
      {
        key: 'matrix-first-read',
        title: `Breakthrough matrix, admin over ${councils.length} councils, first read of each (nothing recorded)`,
        metric: 'total',
        budget: null,
      },
    ],
    ...firstReads(context, async (i) => {
      const answer = await context.api.admin<MatrixAnswer>(MATRIX, matrixVariables(fixture, councilFor(i).gssCode));
      if (i === 0) assertAnswers('matrix-first-read', 'API', !answer.dimensionMatrix.peersSuppressed);
    }),
    ceiling: ceilingTask(
      context,
      '/matrix',
      (i) => ({ councilId: councilFor(i).id, account: 'admin' }),
      (answer: { pairs: unknown[] }) => answer.pairs.length > 0,
    ),
  });
}

/** Records a whole submission through the API as the dashboard would, one request per step. */
async function submitThroughApi(api: GraphQLCaller, councilGssCode: string, payload: SubmissionPayload): Promise<Record<string, number>> {
  const { createAssessment } = await api<{ createAssessment: { id: string } }>(CREATE, {
    input: { councilGssCode, frameworkKey: FRAMEWORKS.submission, round: payload.round },
  });
  const assessmentId = createAssessment.id;
  for (const participant of payload.participants) {
    await api(RESPONSES, { input: { assessmentId, role: enumName(ParticipantRole, participant.role), responses: participant.responses } });
  }
  await api(AGREED, { input: { assessmentId, ratings: payload.agreed } });
  const started = performance.now();
  const { submitAssessment } = await api<{ submitAssessment: { status: string } }>(SUBMIT, { assessmentId });
  const submit = performance.now() - started;
  if (submitAssessment.status !== 'SUBMITTED') throw new Error(`submitAssessment left the assessment ${submitAssessment.status}`);
  return { submit };
}

/** Submits a whole assessment in one request, as a council uploading a completed self-assessment does. */
async function submitCompletedThroughApi(
  api: GraphQLCaller,
  councilGssCode: string,
  payload: SubmissionPayload,
): Promise<Record<string, number>> {
  const participants = payload.participants.map((p) => ({ role: enumName(ParticipantRole, p.role), responses: p.responses }));
  const { submitCompletedAssessment } = await api<{ submitCompletedAssessment: { status: string } }>(SUBMIT_COMPLETED, {
    input: { councilGssCode, frameworkKey: FRAMEWORKS.submission, round: payload.round, participants, agreedRatings: payload.agreed },
  });
  if (submitCompletedAssessment.status !== 'SUBMITTED')
    throw new Error(`submitCompletedAssessment left the assessment ${submitCompletedAssessment.status}`);
  return {};
}

/**
 * (d) A 15-participant submission by the lead, in one of two ways: in one request
 * (submitCompletedAssessment), or step by step as the dashboard records a workshop (create, one
 * request per participant, agreed ratings, submit). Each submission takes a fresh round; the
 * ceiling (one transaction of plain INSERTs) takes the rounds after the API's.
 */
function submission(context: ScenarioContext, way: 'one-request' | 'step-by-step'): Scenario {
  const { fixture } = context;
  const perSide = context.submissionWarmup + context.submissions;
  const rounds = benchRounds(2 * perSide);
  // Built before timing starts, so generating the levels is never part of a measurement.
  const payloads = (offset: number) =>
    Array.from({ length: perSide }, (_, i) => submissionPayload(fixture.submission.framework, rounds[offset + i], context.seed, i));
  const [forApi, forCeiling] = [payloads(0), payloads(perSide)];
  const { participants, agreed } = forApi[0];
  const title = `Submission of ${participants.length} participants × ${agreed.length} ratings`;
  const common = {
    kind: 'submission' as const,
    iterations: context.submissions,
    warmup: context.submissionWarmup,
    prepare: context.resetSubmissions,
    ceiling: ceilingTask(
      context,
      '/submit',
      (i) => forCeiling[i],
      (answer: { scores: number }) => answer.scores > 0,
    ),
  };
  if (way === 'one-request') {
    return {
      ...common,
      key: 'submission',
      rows: [{ key: 'submission', title: `${title}, in one request`, metric: 'total', budget: SUBMISSION_BUDGET }],
      api: (i) => submitCompletedThroughApi(context.api.lead, fixture.leadCouncil.gssCode, forApi[i]),
    };
  }
  // create, one request per participant, agreed ratings, submit.
  const requests = participants.length + 3;
  return {
    ...common,
    key: 'submission-steps',
    rows: [
      {
        key: 'submission-steps-total',
        title: `${title}, step by step (${requests} requests, timed together)`,
        metric: 'total',
        budget: SUBMISSION_BUDGET,
      },
      {
        key: 'submission-steps-submit',
        title: `${title}, step by step: the final submitAssessment alone`,
        metric: 'submit',
        budget: SUBMISSION_BUDGET,
      },
    ],
    api: (i) => submitThroughApi(context.api.lead, fixture.leadCouncil.gssCode, forApi[i]),
  };
}

/** Every scenario, in the order they run. */
export function buildScenarios(context: ScenarioContext): Scenario[] {
  return [
    leadPosition(context),
    rotatingPosition(context),
    firstReadPosition(context),
    sectorView(context),
    dimensionMatrix(context),
    firstReadMatrix(context),
    submission(context, 'one-request'),
    submission(context, 'step-by-step'),
  ];
}
