import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

import { MAX_WINDOW } from '../../../common/round';
import { FrameworkRoundArgs } from '../../framework/index';

import { BenchmarkScope } from './benchmark.types';

/** At most this many peer groups in one comparison: enough to compare, too few to triangulate. */
export const MAX_PEER_GROUPS = 5;

@ArgsType()
export class CouncilPositionArgs extends FrameworkRoundArgs {
  @Field()
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode: string;

  @Field(() => Int, {
    description: "1 compares the round alone; 2 or 3 use each council's latest submission in that many rounds ending with `round`.",
  })
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW)
  windowRounds: number = 1;

  @Field(() => [String], {
    nullable: true,
    description: `Up to ${MAX_PEER_GROUPS} peer group keys; defaults to all councils, the council's type and region, and its circumstance groups.`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_PEER_GROUPS)
  @MaxLength(100, { each: true })
  peerGroupKeys?: string[] | null;

  @Field(() => BenchmarkScope)
  @IsEnum(BenchmarkScope)
  scope: BenchmarkScope = BenchmarkScope.SECTION;

  @Field(() => String, { nullable: true, description: 'With scope ITEM, only the items of this section.' })
  @IsOptional()
  @MaxLength(100)
  sectionKey?: string | null;
}

@ArgsType()
export class SectorViewArgs extends FrameworkRoundArgs {
  @Field(() => String, { nullable: true, description: 'Defaults to the first dimension.' })
  @IsOptional()
  @MaxLength(100)
  dimensionKey?: string | null;
}

@ArgsType()
export class DimensionMatrixArgs extends FrameworkRoundArgs {
  @Field()
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the first dimension (e.g. progress).' })
  @IsOptional()
  @MaxLength(100)
  rowDimensionKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to the second dimension (e.g. plan coverage).' })
  @IsOptional()
  @MaxLength(100)
  columnDimensionKey?: string | null;
}
