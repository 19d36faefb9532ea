import type { DataSource } from 'typeorm';

import type { App } from '../api/src/app';
import type { Viewer } from '../api/src/common/auth/viewer';
import { windowOf } from '../api/src/common/round';
import { scoringStructureOf, type ScoringStructure } from '../api/src/modules/assessment/index';
import { DEMO_ACCOUNTS } from '../api/src/modules/demo/index';
import { type Framework, FrameworkIndex, type RatingDimension } from '../api/src/modules/framework/index';
import type { PeerGroup } from '../api/src/modules/peer-group/index';

/** The round every read scenario asks about: the latest of the sector data's five. */
export const BENCH_ROUND = '2025-26';

/** Five peer groups, the most a position query allows, chosen so that Chesterfield is in most of them. */
export const POSITION_PEER_GROUPS = [
  'all',
  'type:district',
  'region:East Midlands',
  'circumstance:cash-strapped',
  'circumstance:high-performing',
];

export const FRAMEWORKS = {
  position: 'dm-challenge-toolkit',
  sector: 'dm-challenge-toolkit',
  matrix: 'improvement-breakthroughs',
  submission: 'dm-challenge-toolkit',
};

const demoAccount = (email: string) => {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  return account;
};

/** Who the scenarios sign in as: a council lead for its own council, PAS for the sector view, an administrator to range over every council. */
export const BENCH_ACCOUNTS = {
  lead: demoAccount('lead.chesterfield@demo.touchstone.test'),
  analyst: demoAccount('analyst@demo.touchstone.test'),
  admin: demoAccount('admin@demo.touchstone.test'),
};
export type BenchAccount = keyof typeof BENCH_ACCOUNTS;

export type CouncilRef = { id: string; gssCode: string };

/**
 * Everything the ceiling needs to ask PostgreSQL the same questions as the API, worked out once
 * from the running API's own services, so both sides send the same framework ids, the same peer
 * group memberships (as the same JSON) and the same row-level security settings.
 */
export type BenchFixture = {
  round: string;
  councils: CouncilRef[];
  leadCouncil: CouncilRef;
  position: { framework: Framework; groups: PeerGroup[]; members: Map<string, string[]> };
  sector: {
    framework: Framework;
    dimension: RatingDimension;
    previousRound: string;
    membersNow: Map<string, string[]>;
    membersBefore: Map<string, string[]>;
  };
  matrix: { framework: Framework; rowDimension: RatingDimension; columnDimension: RatingDimension };
  submission: { framework: Framework; index: FrameworkIndex; structure: ScoringStructure };
  /** The secret (session token) each account's transactions present, from which PostgreSQL derives its row-level security. */
  secrets: Record<BenchAccount, string>;
};

async function secretOf(app: App, sessionCookie: string): Promise<string> {
  const viewer: Viewer | null = await app.services.auth.resolveViewer({
    sessionToken: sessionCookie.slice(sessionCookie.indexOf('=') + 1),
  });
  if (!viewer) throw new Error('A benchmark session did not resolve to a viewer');
  return viewer.secret;
}

export async function buildFixture(app: App, apiDataSource: DataSource, sessions: Record<BenchAccount, string>): Promise<BenchFixture> {
  const { framework: frameworks, peerGroup: peerGroups } = app.services;
  const rows: { id: string; gss_code: string }[] = await apiDataSource.query('SELECT id, gss_code FROM council ORDER BY gss_code');
  const councils: CouncilRef[] = rows.map((r) => ({ id: r.id, gssCode: r.gss_code }));
  const leadCouncil = councils.find((c) => c.gssCode === BENCH_ACCOUNTS.lead.councilGssCode);
  if (!leadCouncil) throw new Error(`No council ${BENCH_ACCOUNTS.lead.councilGssCode}`);

  const positionFramework = await frameworks.findRatedOrThrow(FRAMEWORKS.position);
  const positionGroups = await peerGroups.findByKeysOrThrow(POSITION_PEER_GROUPS);
  const sectorFramework = await frameworks.findRatedOrThrow(FRAMEWORKS.sector);
  const allGroups = await peerGroups.findAll();
  const previousRound = windowOf(BENCH_ROUND, 2)[0];
  const matrixFramework = await frameworks.findRatedOrThrow(FRAMEWORKS.matrix);
  const submissionFramework = await frameworks.findRatedOrThrow(FRAMEWORKS.submission);

  return {
    round: BENCH_ROUND,
    councils,
    leadCouncil,
    position: {
      framework: positionFramework,
      groups: positionGroups,
      members: await peerGroups.membersInRound(positionGroups, BENCH_ROUND),
    },
    sector: {
      framework: sectorFramework,
      dimension: sectorFramework.dimensions[0],
      previousRound,
      membersNow: await peerGroups.membersInRound(allGroups, BENCH_ROUND),
      membersBefore: await peerGroups.membersInRound(allGroups, previousRound),
    },
    matrix: { framework: matrixFramework, rowDimension: matrixFramework.dimensions[0], columnDimension: matrixFramework.dimensions[1] },
    submission: {
      framework: submissionFramework,
      index: new FrameworkIndex(submissionFramework),
      structure: scoringStructureOf(submissionFramework),
    },
    secrets: {
      lead: await secretOf(app, sessions.lead),
      analyst: await secretOf(app, sessions.analyst),
      admin: await secretOf(app, sessions.admin),
    },
  };
}
