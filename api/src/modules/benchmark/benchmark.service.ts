import type { DataSource, EntityManager } from 'typeorm';

import { assertCanReadCouncil } from '../../common/auth/access-policy';
import { type Read, readTogether, type RowsOf } from '../../common/database/read-together';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { displayScore, scoreDenominator } from '../../common/exact-score';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { MAX_WINDOW, windowOf } from '../../common/round';
import { type OwnScoreRow, ownScoresRead, scoringStructureOf } from '../assessment/index';
import type { Council, CouncilService } from '../council/index';
import type { Framework, FrameworkService, RatingDimension } from '../framework/index';
import type { PeerGroup, PeerGroupService } from '../peer-group/index';

import { BenchmarkError, BenchmarkErrorCode } from './benchmark.errors';
import { disclosureKeyRead, type GroupStatsRow, groupStatsRead, refreshPeerDistributionsRead } from './benchmark.reads';
import {
  discloseAggregate,
  type DisclosedDistribution,
  type DisclosurePolicy,
  effectiveThreshold,
  groupsTooCloseToServe,
  SUPPRESSED_SYMBOL,
} from './disclosure';
import type { CouncilPositionArgs, DimensionMatrixArgs, SectorViewArgs } from './dto/benchmark.args';
import {
  BenchmarkScope,
  CAVEATS,
  CouncilPosition,
  type DimensionMatrix,
  PeerComparison,
  Position,
  QuartileBandValue,
  SectorCell,
  SectorView,
  SubjectPosition,
} from './dto/benchmark.types';
import { DimensionMatrices } from './dimension-matrix';
import { DisclosedDistributions } from './disclosed-distributions';
import { GroupWindows } from './group-windows';
import { positionOf } from './position';
import { councilPositionBytes, sectorViewBytes } from './recorded-release-size';
import {
  type Computed,
  readReleaseStamp,
  RecordedReleases,
  releaseLedgerSeconds,
  type ReleaseStamp,
  releaseStampOf,
  releaseStampReads,
  viewerScopeOf,
} from './recorded-releases';
import {
  contributorsRead,
  type FigureCell,
  type ReleaseLedger,
  releaseCandidates,
  type ReleaseView,
  viewerSubmissionsOf,
} from './release-ledger';
import { type SubmittingByRound, SubmittingCouncils } from './submitting-councils';

type Subject = { id: string; key: string; title: string; sectionKey: string | null; items: number };

/** A cell of a read, for its distribution's pseudo-total (disclosure.ts): the cut, without the subject, so every subject of a cut shares it. */
type Cut = { frameworkId: string; rounds: string[]; scope: BenchmarkScope };

/**
 * Where councils stand against their peers. Every figure about other councils comes from the
 * database's aggregate functions and leaves through the disclosure module: threshold, group
 * disclosure and differencing are applied here, in one place, before anything is returned.
 */
export class BenchmarkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly councils: CouncilService,
    private readonly peerGroups: PeerGroupService,
    private readonly policy: DisclosurePolicy,
    private readonly ledger: ReleaseLedger,
    recordedReleasesMaxBytes: number,
  ) {
    this.positions = new RecordedReleases({ maxBytes: recordedReleasesMaxBytes, sizeOf: councilPositionBytes });
    this.sectors = new RecordedReleases({ maxBytes: recordedReleasesMaxBytes, sizeOf: sectorViewBytes });
    this.matrices = new DimensionMatrices(dataSource, policy, ledger, recordedReleasesMaxBytes);
    this.disclosedDistributions = new DisclosedDistributions(policy);
  }

  /** The disclosure policy in force, for the page that explains how figures are protected. */
  get disclosurePolicy(): DisclosurePolicy {
    return this.policy;
  }

  private secret?: Promise<string>;

  /** Disclosed results served again while their stamp holds (recorded-releases.ts). */
  private readonly positions: RecordedReleases<CouncilPosition>;
  private readonly sectors: RecordedReleases<SectorView>;
  /** The breakthrough matrix, through the release ledger and its own recorded releases (dimension-matrix.ts). */
  private readonly matrices: DimensionMatrices;
  /** Distributions as disclosure control lets them out, kept per cut and counts (disclosed-distributions.ts). */
  private readonly disclosedDistributions: DisclosedDistributions;
  /** Who submitted in each round, kept under the data version it was read at (submitting-councils.ts). */
  private readonly submittingCouncils = new SubmittingCouncils();
  /** Each group's contributors per window, per membership and participation (group-windows.ts). */
  private readonly groupWindows = new GroupWindows();

  /** The stamp of everything the framework's figures are computed from, in one round trip. */
  private stampOf(frameworkId: string): Promise<ReleaseStamp> {
    return readReleaseStamp((sql, params) => this.dataSource.query(sql, params), frameworkId);
  }

  /** The installation's disclosure key, read once. */
  private disclosureSecret(): Promise<string> {
    this.secret ??= this.dataSource
      .query(disclosureKeyRead().sql)
      .then((rows: { secret: string }[]) => rows[0].secret)
      .catch((error: unknown) => {
        this.secret = undefined;
        throw error;
      });
    return this.secret;
  }

  /**
   * A council's scores for every section (or theme, or item) against up to five peer groups, with
   * its position in each. Throws COUNCIL_NOT_FOUND, FRAMEWORK_NOT_FOUND, PEER_GROUP_NOT_FOUND,
   * BENCHMARK_SECTION_NOT_FOUND or FORBIDDEN.
   */
  async councilPosition(ctx: RequestContext, args: CouncilPositionArgs): Promise<CouncilPosition> {
    const council = await this.councils.findByGssCodeOrThrow(ctx, args.councilGssCode);
    const viewer = viewerOf(ctx);
    assertCanReadCouncil(viewer, council.id);
    const framework = await this.frameworks.findRatedOrThrow(args.frameworkKey, args.frameworkVersion);
    const stamp = await this.stampOf(framework.id);
    const key = JSON.stringify([
      framework.id,
      council.id,
      args.round,
      args.windowRounds,
      args.scope,
      args.scope === BenchmarkScope.ITEM ? (args.sectionKey ?? null) : null,
      args.peerGroupKeys?.length ? [...new Set(args.peerGroupKeys)] : null,
      viewerScopeOf(viewer),
    ]);
    return this.positions.serve('position', key, stamp, () => this.computePosition(ctx, council, framework, args, stamp));
  }

  /** A council position worked out afresh: figures, disclosure control and the release ledger. */
  private async computePosition(
    ctx: RequestContext,
    council: Council,
    framework: Framework,
    args: CouncilPositionArgs,
    stamp: ReleaseStamp,
  ): Promise<Computed<CouncilPosition>> {
    const rounds = windowOf(args.round, args.windowRounds);
    // Every fixed group's members, read once: the defaults, the figures and the differencing check all use them.
    const members = await this.peerGroups.allMembersInRound(args.round, stamp.factsVersion);
    const groups = args.peerGroupKeys?.length
      ? await this.peerGroups.findByKeysOrThrow([...new Set(args.peerGroupKeys)])
      : await this.peerGroups.defaultsFor(council.id, members);
    const subjects = this.subjectsOf(framework, args.scope, args.sectionKey);

    // One transaction (one connection, one set of row-level security settings) and, while the stored
    // distributions are current, one statement.
    const asked = membersOf(groups, members);
    const figures = groupStatsRead(framework.id, rounds, args.scope, asked, council.id);
    const { rows: read, submitting } = await inViewerTransaction(this.dataSource, ctx, (manager) =>
      this.submittingCouncils.readWith(framework.id, windowOf(args.round, MAX_WINDOW), stamp.dataVersion, (participation) =>
        this.readWithCurrentStats(
          manager,
          framework,
          args.scope,
          {
            ...participation,
            stats: figures,
            own: ownScoresRead(council.id, framework.id, rounds, args.scope),
            contributors: contributorsRead(figures),
            ...releaseStampReads(framework.id),
          },
          { stats: { rounds, members: asked } },
        ),
      ),
    );
    const withheld = this.withheldGroups(await this.peerGroups.findAll(), args.round, rounds.length, members, submitting, council.id);
    const stats = statsByCell(read.stats);
    const own = ownScoresOf(read.own);
    const distributions = this.distributionsOf(
      groups,
      subjects.map((s) => s.id),
      framework.dimensions,
      stats,
      { frameworkId: framework.id, rounds, scope: args.scope },
      await this.disclosureSecret(),
    );
    const shown = new Set(framework.dimensions.flatMap((d) => subjects.map((s) => `${s.id}:${d.id}`)));
    const released = await timedLedgerCheck('position', () =>
      this.ledger.withhold(
        framework.id,
        args.scope,
        'position',
        releaseCandidates(read.contributors, stats.values(), {
          rounds,
          groupOrder: groups.map((g) => g.key),
          serves: (row) => shown.has(`${row.subject_id}:${row.dimension_id}`) && this.isServed(row, stats, withheld),
        }),
        viewerSubmissionsOf(read.contributors),
      ),
    );

    const subjectPositions = framework.dimensions.flatMap((dimension) =>
      subjects.map((subject) => {
        const mine = own.scores.get(`${subject.id}:${dimension.id}`);
        const denominator = scoreDenominator(dimension.levels.length, subject.items);
        return Object.assign(new SubjectPosition(), {
          key: subject.key,
          title: subject.title,
          sectionKey: subject.sectionKey,
          dimension,
          councilScore: mine?.numerator == null ? null : displayScore(mine.numerator, denominator),
          answered: mine?.answered ?? 0,
          total: mine?.total ?? 0,
          spread: mine?.spread ?? null,
          comparisons: groups.map((group) =>
            this.compare(
              group,
              stats.get(`${group.key}:${subject.id}:${dimension.id}`),
              { dimension, denominator, distributions },
              mine?.numerator ?? null,
              withheld,
              released.get(`${group.key}:${subject.id}:${dimension.id}`),
            ),
          ),
        });
      }),
    );

    const result = Object.assign(new CouncilPosition(), {
      council,
      framework,
      round: args.round,
      rounds,
      scope: args.scope,
      peerGroups: groups,
      councilHasSubmitted: own.submitted,
      includesSynthetic: own.synthetic || [...stats.values()].some((s) => s.any_synthetic),
      subjects: subjectPositions,
      caveats: CAVEATS,
    });
    return { result, seen: releaseStampOf(framework.id, read) };
  }

  /**
   * Sector-wide patterns for PAS: every section × every fixed peer group for a round and dimension,
   * with the change in median since the previous round. No council is identified.
   */
  async sectorView(ctx: RequestContext, args: SectorViewArgs): Promise<SectorView> {
    const framework = await this.frameworks.findRatedOrThrow(args.frameworkKey, args.frameworkVersion);
    const dimension = this.dimensionOrThrow(framework, args.dimensionKey);
    const stamp = await this.stampOf(framework.id);
    const key = JSON.stringify([framework.id, dimension.id, args.round, viewerScopeOf(viewerOf(ctx))]);
    return this.sectors.serve('sector', key, stamp, () => this.computeSectorView(ctx, framework, dimension, args, stamp));
  }

  /** A sector view worked out afresh: figures, disclosure control and the release ledger. */
  private async computeSectorView(
    ctx: RequestContext,
    framework: Framework,
    dimension: RatingDimension,
    args: SectorViewArgs,
    stamp: ReleaseStamp,
  ): Promise<Computed<SectorView>> {
    const groups = await this.peerGroups.findAll();
    const previousRound = windowOf(args.round, 2)[0];
    const [membersNow, membersBefore] = await Promise.all([
      this.peerGroups.allMembersInRound(args.round, stamp.factsVersion),
      this.peerGroups.allMembersInRound(previousRound, stamp.factsVersion),
    ]);
    const askedNow = membersOf(groups, membersNow);
    const askedBefore = membersOf(groups, membersBefore);
    const figuresNow = groupStatsRead(framework.id, [args.round], BenchmarkScope.SECTION, askedNow, null);
    const figuresBefore = groupStatsRead(framework.id, [previousRound], BenchmarkScope.SECTION, askedBefore, null);
    // The windows the differencing check looks at, for both rounds: the previous round's three and this one.
    const { rows: read, submitting } = await inViewerTransaction(this.dataSource, ctx, (manager) =>
      this.submittingCouncils.readWith(framework.id, windowOf(args.round, MAX_WINDOW + 1), stamp.dataVersion, (participation) =>
        this.readWithCurrentStats(
          manager,
          framework,
          BenchmarkScope.SECTION,
          {
            ...participation,
            now: figuresNow,
            before: figuresBefore,
            contributorsNow: contributorsRead(figuresNow),
            contributorsBefore: contributorsRead(figuresBefore),
            ...releaseStampReads(framework.id),
          },
          { now: { rounds: [args.round], members: askedNow }, before: { rounds: [previousRound], members: askedBefore } },
        ),
      ),
    );
    const withheldNow = this.withheldGroups(groups, args.round, 1, membersNow, submitting, null);
    const withheldBefore = this.withheldGroups(groups, previousRound, 1, membersBefore, submitting, null);
    const now = statsByCell(read.now);
    const before = statsByCell(read.before);
    const hasPrevious = before.size > 0;
    const secret = await this.disclosureSecret();
    const sectionIds = framework.sections.map((s) => s.id);
    const cut = (round: string): Cut => ({ frameworkId: framework.id, rounds: [round], scope: BenchmarkScope.SECTION });
    const distributionsNow = this.distributionsOf(groups, sectionIds, [dimension], now, cut(args.round), secret);
    const distributionsBefore = this.distributionsOf(groups, sectionIds, [dimension], before, cut(previousRound), secret);
    const groupOrder = groups.map((g) => g.key);
    const released = await timedLedgerCheck('sector', () =>
      this.ledger.withhold(
        framework.id,
        BenchmarkScope.SECTION,
        'sector',
        [
          ...releaseCandidates(read.contributorsNow, now.values(), {
            rounds: [args.round],
            groupOrder,
            serves: (row) => row.dimension_id === dimension.id && this.isServed(row, now, withheldNow),
          }),
          ...releaseCandidates(read.contributorsBefore, before.values(), {
            rounds: [previousRound],
            groupOrder,
            prefix: 'before:',
            serves: (row) => row.dimension_id === dimension.id && this.isServed(row, before, withheldBefore),
          }),
        ],
        new Set(),
      ),
    );
    const cells = framework.sections.flatMap((section) =>
      groups.map((group) => {
        const key = `${group.key}:${section.id}:${dimension.id}`;
        const denominator = scoreDenominator(dimension.levels.length, section.items.length);
        const current = this.compare(
          group,
          now.get(key),
          { dimension, denominator, distributions: distributionsNow },
          null,
          withheldNow,
          released.get(key),
        );
        const earlier = this.compare(
          group,
          before.get(key),
          { dimension, denominator, distributions: distributionsBefore },
          null,
          withheldBefore,
          released.get(`before:${key}`),
        );
        return Object.assign(new SectorCell(), {
          sectionKey: section.key,
          peerGroupKey: group.key,
          suppressed: current.suppressed,
          suppressionReason: current.suppressionReason,
          contributorsBand: current.contributorsBand,
          median: current.median,
          lowerQuartile: current.lowerQuartile,
          upperQuartile: current.upperQuartile,
          distribution: current.distribution,
          changeFromPrevious: current.median !== null && earlier.median !== null ? current.median - earlier.median : null,
        });
      }),
    );
    const result = Object.assign(new SectorView(), {
      framework,
      dimension,
      round: args.round,
      previousRound: hasPrevious ? previousRound : null,
      sections: framework.sections,
      peerGroups: groups,
      cells,
      includesSynthetic: [...now.values()].some((s) => s.any_synthetic),
      caveats: CAVEATS.slice(0, 1).concat(
        'Figures are withheld (c) where too few councils contribute or where two groups differ by too few councils.',
      ),
    });
    return { result, seen: releaseStampOf(framework.id, read) };
  }

  /**
   * The matrix of two dimensions for a council (by default the first two, e.g. progress × plan
   * coverage): its items in each cell, the items to act on first, and other councils' share per cell.
   */
  async dimensionMatrix(ctx: RequestContext, args: DimensionMatrixArgs): Promise<DimensionMatrix> {
    const council = await this.councils.findByGssCodeOrThrow(ctx, args.councilGssCode);
    assertCanReadCouncil(viewerOf(ctx), council.id);
    const framework = await this.frameworks.findRatedOrThrow(args.frameworkKey, args.frameworkVersion);
    const rowDimension = this.dimensionOrThrow(framework, args.rowDimensionKey);
    const columnDimension = this.dimensionOrThrow(framework, args.columnDimensionKey ?? framework.dimensions[1]?.key);
    if (rowDimension.id === columnDimension.id)
      throw new BenchmarkError(BenchmarkErrorCode.DIMENSION_NOT_FOUND, 'The matrix needs two different dimensions.');

    return this.matrices.serve(ctx, { council, framework, round: args.round, rowDimension, columnDimension });
  }

  /**
   * Applies disclosure control to one group's aggregates and places the council's exact score (a
   * numerator over the subject's denominator) among them; the position is worked out from the exact
   * statistics, the published figures are what disclosure control lets out.
   */
  private compare(
    group: PeerGroup,
    stats: GroupStatsRow | undefined,
    subject: { dimension: RatingDimension; denominator: number; distributions: Map<string, DisclosedDistribution> },
    councilScore: number | null,
    withheld: Map<string, string>,
    ledgerReason?: string,
  ): PeerComparison {
    const { dimension } = subject;
    const reasonWithheld = withheld.get(group.key) ?? ledgerReason;
    const aggregate = discloseAggregate(
      {
        otherCouncils: stats?.others ?? 0,
        median: stats?.median ?? null,
        lowerQuartile: stats?.q1 ?? null,
        upperQuartile: stats?.q3 ?? null,
        denominator: subject.denominator,
      },
      this.policy,
    );
    if (reasonWithheld || aggregate.suppressed) {
      return Object.assign(new PeerComparison(), {
        peerGroup: group,
        suppressed: true,
        suppressionReason: reasonWithheld ?? (aggregate.suppressed ? aggregate.reason : null),
        contributorsBand: SUPPRESSED_SYMBOL,
        median: null,
        lowerQuartile: null,
        upperQuartile: null,
        distribution: null,
        distributionSuppressionReason: null,
        position: null,
      });
    }
    const distribution = (stats && subject.distributions.get(`${group.key}:${stats.subject_id}:${dimension.id}`)) ?? {
      suppressed: true,
      reason: 'No other council contributed.',
    };
    const placed =
      councilScore !== null && stats?.median != null
        ? positionOf(councilScore, {
            median: stats.median,
            lowerQuartile: stats.q1!,
            upperQuartile: stats.q3!,
            mad: stats.mad ?? 0,
          })
        : null;
    const position = placed ? Object.assign(new Position(), { ...placed, band: QuartileBandValue[placed.band] }) : null;
    return Object.assign(new PeerComparison(), {
      peerGroup: group,
      suppressed: false,
      suppressionReason: null,
      contributorsBand: aggregate.contributorsBand,
      median: aggregate.median,
      lowerQuartile: aggregate.lowerQuartile,
      upperQuartile: aggregate.upperQuartile,
      distribution: distribution.suppressed ? null : distribution.shares,
      distributionSuppressionReason: distribution.suppressed ? distribution.reason : null,
      position,
    });
  }

  /** Whether a cell's figures are about to be served: enough other councils, and its group not withheld by the within-request check. */
  private isServed(row: FigureCell, stats: Map<string, GroupStatsRow>, withheld: Map<string, string>): boolean {
    const cell = stats.get(`${row.group_key}:${row.subject_id}:${row.dimension_id}`);
    return !withheld.has(row.group_key) && cell !== undefined && cell.others >= effectiveThreshold(this.policy);
  }

  /**
   * Every group's distributions for the subjects of a cut, by group, subject and dimension: each
   * group and dimension's distributions go through disclosure control together, so that they are
   * checked side by side as an adversary would set them (discloseDistributions).
   */
  private distributionsOf(
    groups: PeerGroup[],
    subjectIds: string[],
    dimensions: RatingDimension[],
    stats: Map<string, GroupStatsRow>,
    cut: Cut,
    secret: string,
  ): Map<string, DisclosedDistribution> {
    const result = new Map<string, DisclosedDistribution>();
    for (const group of groups)
      for (const dimension of dimensions) {
        const keys = subjectIds.map((id) => `${group.key}:${id}:${dimension.id}`).filter((key) => stats.get(key)?.level_counts);
        const disclosed = this.disclosedDistributions.disclose(
          keys.map((key) => stats.get(key)!.level_counts!),
          { key: `${cut.frameworkId}|${cut.rounds.join(',')}|${cut.scope}|${group.key}|${dimension.id}`, secret },
        );
        keys.forEach((key, i) => result.set(key, disclosed[i]));
      }
    return result;
  }

  /**
   * Runs the reads together. Where a group-statistics read finds groups whose stored distribution is
   * out of date (after a submission, or a change in who is in the group), those groups are rebuilt
   * with their members and everything is read again, in the same transaction.
   */
  private async readWithCurrentStats<TReads extends Record<string, Read<unknown>>>(
    manager: EntityManager,
    framework: Framework,
    scope: BenchmarkScope,
    reads: TReads,
    statsCuts: Partial<Record<keyof TReads, { rounds: string[]; members: ReadonlyMap<string, readonly string[]> }>>,
  ): Promise<RowsOf<TReads>> {
    const run = (sql: string, params: unknown[]) => manager.query(sql, params);
    for (let attempt = 1; ; attempt++) {
      const rows = await readTogether(run, reads);
      const stale = Object.entries(statsCuts).flatMap(([name, cut]) => {
        const keys = (rows[name] as GroupStatsRow[]).filter((r) => r.stale).map((r) => r.group_key);
        return keys.length > 0 && cut
          ? [{ rounds: cut.rounds, members: new Map(keys.map((key) => [key, cut.members.get(key) ?? []])) }]
          : [];
      });
      if (stale.length === 0) return rows;
      // Each attempt can only lose to submissions committed while it ran; a few is plenty.
      if (attempt === MAX_REFRESH_ATTEMPTS)
        throw new Error(`Peer distributions for ${framework.key} were still out of date after ${attempt} refreshes`);
      for (const cut of stale) {
        const refresh = refreshPeerDistributionsRead(framework.id, cut.rounds, scope, cut.members);
        await run(refresh.sql, refresh.params);
      }
    }
  }

  /**
   * Differencing: which fixed groups to withhold for this cut (the window of `windowSize` rounds
   * ending with `endRound`). The judgement is made over every fixed group and every window (1 to 3
   * rounds ending with the round) in one canonical order — single rounds before windows, groups in
   * preference order — so the answer is the same however and in whatever order they are asked for,
   * and two cuts that differ by a few councils (a group and a near-copy, or a round and a window
   * that adds one late submitter) are never both served.
   */
  private withheldGroups(
    groups: PeerGroup[],
    endRound: string,
    windowSize: number,
    members: ReadonlyMap<string, readonly string[]>,
    submittingByRound: SubmittingByRound,
    viewerCouncilId: string | null,
  ): Map<string, string> {
    const contributorsByGroup = this.groupWindows.of(groups, endRound, members, submittingByRound);
    const cuts: { key: string; label: string; group: string; window: number; contributors: ReadonlySet<string> }[] = [];
    for (let window = 1; window <= MAX_WINDOW; window++) {
      groups.forEach((g, i) =>
        cuts.push({
          key: `${window}:${g.key}`,
          label: window === 1 ? g.label : `${g.label}, latest in ${window} rounds`,
          group: g.key,
          window,
          contributors: contributorsByGroup[i][window - 1],
        }),
      );
    }
    // The viewer's council is never its own peer: the check leaves it out of every group.
    const withheld = groupsTooCloseToServe(cuts, this.policy, viewerCouncilId);
    return new Map(cuts.filter((c) => c.window === windowSize && withheld.has(c.key)).map((c) => [c.group, withheld.get(c.key)!]));
  }

  private subjectsOf(framework: Framework, scope: BenchmarkScope, sectionKey?: string | null): Subject[] {
    switch (scope) {
      case BenchmarkScope.SECTION:
        return framework.sections.map((s) => ({ id: s.id, key: s.key, title: s.title, sectionKey: null, items: s.items.length }));
      case BenchmarkScope.THEME: {
        const themeItems = new Map(scoringStructureOf(framework).themes.map((t) => [t.id, t.itemIds.length]));
        return framework.themes.map((t) => ({ id: t.id, key: t.key, title: t.title, sectionKey: null, items: themeItems.get(t.id) ?? 0 }));
      }
      case BenchmarkScope.ITEM: {
        const sections = sectionKey ? framework.sections.filter((s) => s.key === sectionKey) : framework.sections;
        if (sections.length === 0)
          throw new BenchmarkError(BenchmarkErrorCode.SECTION_NOT_FOUND, `"${sectionKey}" is not a section of ${framework.key}.`);
        return sections.flatMap((s) => s.items.map((i) => ({ id: i.id, key: i.key, title: i.text, sectionKey: s.key, items: 1 })));
      }
    }
  }

  private dimensionOrThrow(framework: Framework, key?: string | null): RatingDimension {
    const dimension = key ? framework.dimensions.find((d) => d.key === key) : framework.dimensions[0];
    if (!dimension) throw new BenchmarkError(BenchmarkErrorCode.DIMENSION_NOT_FOUND, `"${key}" is not a dimension of ${framework.key}.`);
    return dimension;
  }
}

const MAX_REFRESH_ATTEMPTS = 3;

/** Runs a read's ledger check, timed (touchstone_release_ledger_seconds). */
async function timedLedgerCheck<T>(view: ReleaseView, check: () => Promise<T>): Promise<T> {
  const end = releaseLedgerSeconds.startTimer({ view });
  try {
    return await check();
  } finally {
    end();
  }
}

/** The asked-for groups' members, for a group-statistics read. */
const membersOf = (groups: PeerGroup[], members: ReadonlyMap<string, readonly string[]>): ReadonlyMap<string, readonly string[]> =>
  new Map(groups.map((g) => [g.key, members.get(g.key) ?? []]));

const statsByCell = (rows: GroupStatsRow[]) =>
  new Map(rows.filter((r) => !r.stale).map((r) => [`${r.group_key}:${r.subject_id}:${r.dimension_id}`, r]));

/** The council's own scores by subject and dimension, whether it submitted, and whether that submission is synthetic. */
function ownScoresOf(rows: OwnScoreRow[]) {
  return {
    submitted: rows.length > 0,
    synthetic: rows.some((r) => r.is_synthetic),
    scores: new Map(
      rows.map((r) => [
        `${r.subject_id}:${r.dimension_id}`,
        { numerator: r.score_numerator, denominator: r.score_denominator, answered: r.answered, total: r.total, spread: r.spread },
      ]),
    ),
  };
}
