import { ArgsType } from 'type-graphql';

import { FrameworkRoundArgs } from '../../framework/index';
import { IdField } from '../../../common/graphql/id-field';

@ArgsType()
export class CollaborationComparisonArgs extends FrameworkRoundArgs {
  @IdField()
  groupId: string;
}
