import { randomUUID } from 'node:crypto';
import http from 'node:http';

import { Pool, type PoolClient } from 'pg';
import type { EntityManager } from 'typeorm';

import { bulkInsert } from '../api/src/common/database/bulk-insert';
import { type Read, readTogether } from '../api/src/common/database/read-together';
import { inPoolTransaction } from '../api/src/common/database/pool-transaction';
import { PRESENT_SECRETS, presentedParams } from '../api/src/common/database/viewer-transaction';
import { MAX_WINDOW, windowOf } from '../api/src/common/round';
import {
  BULK_COLUMNS,
  insertRatings,
  ownScoresRead,
  type ParticipantRating,
  type Rating,
  scoreAssessment,
  scoreRow,
} from '../api/src/modules/assessment/index';
import { BenchmarkScope, groupStatsRead, levelPairsRead, submittingRead } from '../api/src/modules/benchmark/index';

import type { BenchAccount, BenchFixture } from './fixtures';
import type { RatingByKey, SubmissionPayload } from './submission-payload';

/**
 * The ceiling: a bare Node HTTP handler that answers each scenario with the core SQL the service
 * runs, and nothing else (no framework, no GraphQL, no session look-up, no validation, no
 * disclosure control). The API's figure divided by this one is what the stack adds.
 */
export type CeilingServer = { port: number; close(): Promise<void> };

/** One transaction presenting a viewer's secret, from which PostgreSQL derives row-level security, as the API runs every query. */
async function inScope<TResult>(pool: Pool, secret: string, work: (client: PoolClient) => Promise<TResult>): Promise<TResult> {
  return inPoolTransaction(pool, async (client) => {
    // The same settings, in the same form, as the API gives each transaction.
    await client.query(PRESENT_SECRETS, presentedParams({ secret }));
    return work(client);
  });
}

/** The service's reads, run together as it runs them: one statement in the viewer's transaction. */
const readAll = <TReads extends Record<string, Read<unknown>>>(pool: Pool, secret: string, reads: TReads) =>
  inScope(pool, secret, (client) => readTogether(async (sql, params) => (await client.query(sql, params)).rows, reads));

/** bulkInsert only calls query(sql, params), which a pg client answers the same way as TypeORM. */
const asQueryable = (client: PoolClient) =>
  ({ query: (sql: string, params: unknown[]) => client.query(sql, params) }) as unknown as EntityManager;

type Handler = (body: Record<string, unknown>) => Promise<unknown>;

function positionHandler(pool: Pool, fixture: BenchFixture): Handler {
  const { framework, members } = fixture.position;
  const rounds = [fixture.round];
  return async (body) => {
    const councilId = String(body.councilId);
    return readAll(pool, fixture.secrets[body.account as BenchAccount], {
      submitting: submittingRead(framework.id, windowOf(fixture.round, MAX_WINDOW)),
      stats: groupStatsRead(framework.id, rounds, BenchmarkScope.SECTION, members, councilId),
      own: ownScoresRead(councilId, framework.id, rounds, BenchmarkScope.SECTION),
    });
  };
}

function sectorHandler(pool: Pool, fixture: BenchFixture): Handler {
  const { framework, previousRound, membersNow, membersBefore } = fixture.sector;
  return async () =>
    readAll(pool, fixture.secrets.analyst, {
      submitting: submittingRead(framework.id, windowOf(fixture.round, MAX_WINDOW + 1)),
      now: groupStatsRead(framework.id, [fixture.round], BenchmarkScope.SECTION, membersNow, null),
      before: groupStatsRead(framework.id, [previousRound], BenchmarkScope.SECTION, membersBefore, null),
    });
}

function matrixHandler(pool: Pool, fixture: BenchFixture): Handler {
  const { framework, rowDimension, columnDimension } = fixture.matrix;
  const rounds = [fixture.round];
  return async (body) => {
    const councilId = String(body.councilId);
    return readAll(pool, fixture.secrets[body.account as BenchAccount], {
      own: ownScoresRead(councilId, framework.id, rounds, BenchmarkScope.ITEM),
      pairs: levelPairsRead(framework.id, rounds, rowDimension, columnDimension, councilId),
    });
  };
}

/** Writes a whole submission (assessment, participants, responses, agreed ratings, scores) in one transaction. */
function submissionHandler(pool: Pool, fixture: BenchFixture): Handler {
  const { framework, index, structure } = fixture.submission;
  const councilId = fixture.leadCouncil.id;
  const resolve = (r: RatingByKey): Rating => {
    const dimension = r.dimensionKey ? index.dimensions.get(r.dimensionKey)! : index.onlyDimension!;
    return { itemId: index.items.get(r.itemKey)!.id, dimensionId: dimension.id, levelId: index.level(dimension, r.levelKey)!.id };
  };
  return async (body) => {
    const payload = body as unknown as SubmissionPayload;
    const participants = payload.participants.map((p) => ({ id: randomUUID(), role: p.role, responses: p.responses.map(resolve) }));
    const responses: ParticipantRating[] = participants.flatMap((p) => p.responses.map((r) => ({ ...r, participantId: p.id })));
    const agreed = payload.agreed.map(resolve);
    const scores = scoreAssessment(structure, agreed, responses);
    return inScope(pool, fixture.secrets.lead, async (client) => {
      const manager = asQueryable(client);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO assessment (council_id, framework_id, round, status, submitted_at) VALUES ($1, $2, $3, 'submitted', now()) RETURNING id`,
        [councilId, framework.id, payload.round],
      );
      const assessmentId = rows[0].id;
      await insertRatings(manager, assessmentId, { participants, responses, agreed });
      await bulkInsert(
        manager,
        'assessment_score',
        BULK_COLUMNS.assessmentScore,
        scores.map((s) => scoreRow(assessmentId, s)),
      );
      return { id: assessmentId, scores: scores.length };
    });
  };
}

function readBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {});
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

/** Starts the ceiling on the loopback interface, with its own pool as the API's restricted role. */
export async function startCeiling(apiUrl: string, fixture: BenchFixture, poolSize: number): Promise<CeilingServer> {
  const pool = new Pool({ connectionString: apiUrl, max: poolSize, application_name: 'touchstone-bench-ceiling' });
  const routes = new Map<string, Handler>([
    ['/position', positionHandler(pool, fixture)],
    ['/sector', sectorHandler(pool, fixture)],
    ['/matrix', matrixHandler(pool, fixture)],
    ['/submit', submissionHandler(pool, fixture)],
  ]);
  const server = http.createServer((request, response) => {
    const handler = request.method === 'POST' ? routes.get(request.url ?? '') : undefined;
    const reply = (status: number, payload: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    if (!handler) return void reply(404, { error: 'not found' });
    readBody(request)
      .then(handler)
      .then((result) => reply(200, result))
      .catch((error: unknown) => reply(500, { error: error instanceof Error ? error.message : String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The ceiling server has no port');
  return {
    port: address.port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
