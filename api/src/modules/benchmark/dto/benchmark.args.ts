import { IsInt, Max, Min } from 'class-validator';
import { ArgsType } from 'type-graphql';

import { IntField } from '../../../common/graphql/object-fields';
import { MAX_WINDOW } from '../../../common/round';
import { FrameworkRoundArgs } from '../../framework/index';
import { EnumField, GssCodeField, OptionalTextField, TextListField } from '../../../common/graphql/input-fields';

import { BenchmarkScope } from './benchmark.types';

/** At most this many peer groups in one comparison: enough to compare, too few to triangulate. */
export const MAX_PEER_GROUPS = 5;

@ArgsType()
export class CouncilPositionArgs extends FrameworkRoundArgs {
  @GssCodeField()
  councilGssCode: string;

  @IntField("1 compares the round alone; 2 or 3 use each council's latest submission in that many rounds ending with `round`.")
  @IsInt()
  @Min(1)
  @Max(MAX_WINDOW)
  windowRounds: number = 1;

  @TextListField(
    { maxSize: MAX_PEER_GROUPS, maxLength: 100 },
    {
      nullable: true,
      description: `Up to ${MAX_PEER_GROUPS} peer group keys; defaults to all councils, the council's type and region, and its circumstance groups.`,
    },
  )
  peerGroupKeys?: string[] | null;

  @EnumField(BenchmarkScope)
  scope: BenchmarkScope = BenchmarkScope.SECTION;

  @OptionalTextField(100, { description: 'With scope ITEM, only the items of this section.' })
  sectionKey?: string | null;
}

@ArgsType()
export class SectorViewArgs extends FrameworkRoundArgs {
  @OptionalTextField(100, { description: 'Defaults to the first dimension.' })
  dimensionKey?: string | null;
}

@ArgsType()
export class DimensionMatrixArgs extends FrameworkRoundArgs {
  @GssCodeField()
  councilGssCode: string;

  @OptionalTextField(100, { description: 'Defaults to the first dimension (e.g. progress).' })
  rowDimensionKey?: string | null;

  @OptionalTextField(100, { description: 'Defaults to the second dimension (e.g. plan coverage).' })
  columnDimensionKey?: string | null;
}
