import { Args, Authorized, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import type { BenchmarkService } from './benchmark.service';
import { CouncilPositionArgs, DimensionMatrixArgs, SectorViewArgs } from './dto/benchmark.args';
import { CouncilPosition, DimensionMatrix, SectorView } from './dto/benchmark.types';

@Resolver()
export class BenchmarkResolver {
  constructor(private readonly benchmarkService: BenchmarkService) {}

  @Authorized()
  @Query(() => CouncilPosition, { description: "A council's position against up to five peer groups, with disclosure control applied." })
  councilPosition(
    @RequestCtx() request: RequestContext,
    @Args(() => CouncilPositionArgs) args: CouncilPositionArgs,
  ): Promise<CouncilPosition> {
    return this.benchmarkService.councilPosition(request, args);
  }

  @Authorized(UserRole.PAS_ANALYST, UserRole.ADMINISTRATOR)
  @Query(() => SectorView, { description: 'Sector-wide patterns for PAS: sections × peer groups, and change since the previous round.' })
  sectorView(@RequestCtx() request: RequestContext, @Args(() => SectorViewArgs) args: SectorViewArgs): Promise<SectorView> {
    return this.benchmarkService.sectorView(request, args);
  }

  @Authorized()
  @Query(() => DimensionMatrix, {
    description: 'Two dimensions as a matrix (e.g. breakthrough progress × plan coverage) for a council, with peers\u2019 distribution.',
  })
  dimensionMatrix(
    @RequestCtx() request: RequestContext,
    @Args(() => DimensionMatrixArgs) args: DimensionMatrixArgs,
  ): Promise<DimensionMatrix> {
    return this.benchmarkService.dimensionMatrix(request, args);
  }
}
