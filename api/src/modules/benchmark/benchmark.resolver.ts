import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import type { GraphQLContext } from '../../graphql/context';

import type { BenchmarkService } from './benchmark.service';
import { SectionComparisonArgs } from './dto/section-comparison.args';
import { SectionComparison } from './dto/section-comparison.type';

@Resolver()
export class BenchmarkResolver {
  constructor(private readonly benchmarkService: BenchmarkService) {}

  @Authorized()
  @Query(() => SectionComparison, { description: "A council's section scores against other councils' distribution, with disclosure control applied." })
  sectionComparison(@Ctx() { request }: GraphQLContext, @Args(() => SectionComparisonArgs) args: SectionComparisonArgs): Promise<SectionComparison> {
    return this.benchmarkService.sectionComparison(request, args);
  }
}
