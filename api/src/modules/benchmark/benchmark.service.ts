import type { DataSource } from 'typeorm';

import { assertCanReadCouncil } from '../../common/auth/access-policy';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';
import type { CouncilService } from '../council/council.service';
import type { FrameworkService } from '../framework/framework.service';

import { BenchmarkError, BenchmarkErrorCode } from './benchmark.errors';
import { discloseAggregate, type DisclosurePolicy } from './disclosure';
import type { SectionComparisonArgs } from './dto/section-comparison.args';
import { SectionComparison, SectionComparisonRow } from './dto/section-comparison.type';

type SectionStatsRow = { subject_id: string; others: string; median: number | null; q1: number | null; q3: number | null; own: number | null; any_synthetic: boolean };

/** Comparisons of a council's stored scores with other councils', always through disclosure control. */
export class BenchmarkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly frameworks: FrameworkService,
    private readonly councils: CouncilService,
    private readonly policy: DisclosurePolicy,
  ) {}

  /**
   * Each section's score for the council beside the quartiles of all other councils' current
   * submissions for the same framework version and round. Throws COUNCIL_NOT_FOUND,
   * FRAMEWORK_NOT_FOUND or BENCHMARK_DIMENSION_NOT_FOUND.
   */
  async sectionComparison(ctx: RequestContext, args: SectionComparisonArgs): Promise<SectionComparison> {
    const council = await this.councils.findByGssCodeOrThrow(ctx, args.councilGssCode);
    // The comparison shows the council's own, identified scores.
    assertCanReadCouncil(viewerOf(ctx), council.id);
    const framework = await this.frameworks.findRatedOrThrow(args.frameworkKey, args.frameworkVersion);
    const dimension = args.dimensionKey ? framework.dimensions.find((d) => d.key === args.dimensionKey) : framework.dimensions[0];
    if (!dimension) throw new BenchmarkError(BenchmarkErrorCode.DIMENSION_NOT_FOUND, `"${args.dimensionKey}" is not a dimension of ${framework.key}.`);

    // Across councils only through the aggregate function (migrations: touchstone_section_stats):
    // stored section scores, never participants' responses or notes.
    const { rows, own } = await inViewerTransaction(this.dataSource, ctx, async (manager) => ({
      rows: (await manager.query(`SELECT * FROM touchstone_section_stats($1, $2, $3, $4)`, [framework.id, args.round, dimension.id, council.id])) as SectionStatsRow[],
      own: (await manager.query(`SELECT is_synthetic FROM assessment WHERE council_id = $1 AND framework_id = $2 AND round = $3 AND status = 'submitted'`, [council.id, framework.id, args.round])) as { is_synthetic: boolean }[],
    }));
    const bySection = new Map(rows.map((r) => [r.subject_id, r]));

    return Object.assign(new SectionComparison(), {
      council,
      framework,
      dimension,
      round: args.round,
      peerGroup: 'All councils',
      councilHasSubmitted: own.length > 0,
      councilIsSynthetic: own[0]?.is_synthetic ?? false,
      includesSynthetic: rows.some((r) => r.any_synthetic),
      rows: framework.sections.map((section) => {
        const stats = bySection.get(section.id);
        const disclosed = discloseAggregate(
          { otherCouncils: Number(stats?.others ?? 0), median: toNumber(stats?.median), lowerQuartile: toNumber(stats?.q1), upperQuartile: toNumber(stats?.q3) },
          this.policy,
        );
        return Object.assign(new SectionComparisonRow(), {
          section,
          councilScore: toNumber(stats?.own),
          contributorsBand: disclosed.contributorsBand,
          suppressed: disclosed.suppressed,
          suppressionReason: disclosed.suppressed ? disclosed.reason : null,
          peerMedian: disclosed.suppressed ? null : disclosed.median,
          peerLowerQuartile: disclosed.suppressed ? null : disclosed.lowerQuartile,
          peerUpperQuartile: disclosed.suppressed ? null : disclosed.upperQuartile,
        });
      }),
    });
  }
}

const toNumber = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
