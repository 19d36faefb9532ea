import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';

import type { BenchmarkService } from './benchmark.service';
import { CouncilPositionArgs, DimensionMatrixArgs, SectorViewArgs } from './dto/benchmark.args';
import { CouncilPosition, DimensionMatrix, SectorView } from './dto/benchmark.types';

@Resolver()
export class BenchmarkResolver {
  constructor(private readonly benchmarkService: BenchmarkService) {}

  @Authorized()
  @Query(() => CouncilPosition, { description: "A council's position against up to five peer groups, with disclosure control applied." })
  councilPosition(
    @Ctx() { request }: GraphQLContext,
    @Args(() => CouncilPositionArgs) args: CouncilPositionArgs,
  ): Promise<CouncilPosition> {
    return this.benchmarkService.councilPosition(request, args);
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
}
