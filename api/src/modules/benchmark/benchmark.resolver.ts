import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';
import { PeerGroup } from '../peer-group/peer-group';
import type { PeerGroupService } from '../peer-group/peer-group.service';

import type { BenchmarkService } from './benchmark.service';
import { CollaborationComparisonArgs, CouncilPositionArgs, DimensionMatrixArgs, SectorViewArgs } from './dto/benchmark.args';
import { CollaborationComparison, CouncilPosition, DimensionMatrix, SectorView } from './dto/benchmark.types';
import { SectionComparisonArgs } from './dto/section-comparison.args';
import { SectionComparison } from './dto/section-comparison.type';

@Resolver()
export class BenchmarkResolver {
  constructor(
    private readonly benchmarkService: BenchmarkService,
    private readonly peerGroupService: PeerGroupService,
  ) {}

  @Authorized()
  @Query(() => [PeerGroup], { description: 'The fixed peer groups: all councils, each type, each region, each circumstance.' })
  peerGroups(): Promise<PeerGroup[]> {
    return this.peerGroupService.findAll();
  }

  @Authorized()
  @Query(() => CouncilPosition, { description: "A council's position against up to five peer groups, with disclosure control applied." })
  councilPosition(
    @Ctx() { request }: GraphQLContext,
    @Args(() => CouncilPositionArgs) args: CouncilPositionArgs,
  ): Promise<CouncilPosition> {
    return this.benchmarkService.councilPosition(request, args);
  }

  @Authorized()
  @Query(() => SectionComparison, {
    description: "A council's section scores against all other councils' distribution, with disclosure control applied.",
  })
  sectionComparison(
    @Ctx() { request }: GraphQLContext,
    @Args(() => SectionComparisonArgs) args: SectionComparisonArgs,
  ): Promise<SectionComparison> {
    return this.benchmarkService.sectionComparison(request, args);
  }

  @Authorized(UserRole.PAS_ANALYST, UserRole.ADMINISTRATOR)
  @Query(() => SectorView, { description: 'Sector-wide patterns for PAS: sections × peer groups, and change since the previous round.' })
  sectorView(@Ctx() { request }: GraphQLContext, @Args(() => SectorViewArgs) args: SectorViewArgs): Promise<SectorView> {
    return this.benchmarkService.sectorView(request, args);
  }

  @Authorized()
  @Query(() => DimensionMatrix, {
    description: 'Two dimensions as a matrix (e.g. breakthrough progress × plan coverage) for a council, with peers\u2019 distribution.',
  })
  dimensionMatrix(
    @Ctx() { request }: GraphQLContext,
    @Args(() => DimensionMatrixArgs) args: DimensionMatrixArgs,
  ): Promise<DimensionMatrix> {
    return this.benchmarkService.dimensionMatrix(request, args);
  }

  @Authorized(UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR)
  @Query(() => CollaborationComparison, {
    description: "A consenting collaboration group's agreed ratings side by side, sorted by where they differ most.",
  })
  collaborationComparison(
    @Ctx() { request }: GraphQLContext,
    @Args(() => CollaborationComparisonArgs) args: CollaborationComparisonArgs,
  ): Promise<CollaborationComparison> {
    return this.benchmarkService.collaborationComparison(request, args);
  }
}
