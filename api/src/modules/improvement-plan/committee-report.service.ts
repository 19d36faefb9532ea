import { AccessError } from '../../common/auth/access-policy';
import { DomainError } from '../../common/errors/domain-error';
import type { RequestContext } from '../../common/request-context';

import { type BenchmarkService, BenchmarkScope, CouncilPositionArgs } from './dependencies';
import { DUE_SOON_DAYS, todayIso } from './plan-status';
import { type PositionSummary, renderCommitteeReport } from './export/committee-report';
import { buildStatusView, type ImprovementPlanService } from './improvement-plan.service';
import { BREAKTHROUGHS_FRAMEWORK_KEY } from './plan-sources';

export type CommitteeReportOptions = { peerGroupKey?: string; round?: string; frameworkKey?: string };

/**
 * The committee-ready report: the council's position (from the benchmark module's service, so
 * disclosure control applies exactly as on screen), the breakthrough matrix and the plan's progress.
 */
export class CommitteeReportService {
  constructor(
    private readonly plans: ImprovementPlanService,
    private readonly benchmarks: BenchmarkService,
    private readonly minOtherCouncils: number,
  ) {}

  /** The report as an A4 PDF; throws PLAN_NOT_FOUND or FORBIDDEN for a plan the viewer may not read. */
  async render(ctx: RequestContext, planId: string, options: CommitteeReportOptions = {}): Promise<Buffer> {
    const context = await this.plans.exportContext(ctx, planId);
    const coverage = await this.plans.breakthroughCoverage(ctx, planId);
    const statusView = buildStatusView(context.plan, todayIso(), DUE_SOON_DAYS);
    const round = options.round ?? coverage.assessmentRound;
    const position = round
      ? await this.position(ctx, context.council.gssCode, options.frameworkKey ?? BREAKTHROUGHS_FRAMEWORK_KEY, round, options.peerGroupKey)
      : ({
          available: false,
          reason: 'The council has no submitted assessment to compare with its peers, so no position is shown.',
        } as const);
    return renderCommitteeReport({
      councilName: context.council.name,
      councilGssCode: context.council.gssCode,
      plan: context.plan,
      generatedOn: context.generatedOn,
      position,
      coverage,
      statusView,
      minOtherCouncils: this.minOtherCouncils,
    });
  }

  private async position(
    ctx: RequestContext,
    gss: string,
    frameworkKey: string,
    round: string,
    peerGroupKey?: string,
  ): Promise<PositionSummary> {
    try {
      const args = Object.assign(new CouncilPositionArgs(), {
        councilGssCode: gss,
        frameworkKey,
        round,
        windowRounds: 1,
        scope: BenchmarkScope.SECTION,
        peerGroupKeys: peerGroupKey ? [peerGroupKey] : null,
      });
      const position = await this.benchmarks.councilPosition(ctx, args);
      const group = position.peerGroups[0];
      const dimension = position.subjects[0]?.dimension;
      const rows = position.subjects
        .filter((s) => s.dimension.id === dimension?.id)
        .map((s) => {
          const comparison = s.comparisons[0];
          return {
            title: s.title,
            councilScore: s.councilScore,
            median: comparison?.median ?? null,
            lowerQuartile: comparison?.lowerQuartile ?? null,
            upperQuartile: comparison?.upperQuartile ?? null,
            contributorsBand: comparison?.contributorsBand ?? 'c',
            suppressed: comparison?.suppressed ?? true,
            suppressionReason: comparison?.suppressionReason ?? null,
            phrase: comparison?.position?.phrase ?? null,
          };
        });
      return {
        available: true,
        frameworkTitle: position.framework.title,
        dimensionTitle: dimension?.title ?? 'Score',
        round,
        peerGroupName: group?.label ?? 'its peers',
        includesSynthetic: position.includesSynthetic,
        rows,
        caveats: position.caveats,
      };
    } catch (error) {
      // Someone the plan is shared with may not see the council's results; the report says so rather than failing.
      if (error instanceof AccessError)
        return { available: false, reason: "The council's position against its peers is not shared with you, so it is not shown." };
      if (error instanceof DomainError) return { available: false, reason: `No position can be shown: ${error.message}` };
      throw error;
    }
  }
}
