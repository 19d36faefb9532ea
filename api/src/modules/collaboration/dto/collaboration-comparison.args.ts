import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

import { FrameworkRoundArgs } from '../../framework/index';

@ArgsType()
export class CollaborationComparisonArgs extends FrameworkRoundArgs {
  @Field(() => ID)
  @IsUUID()
  groupId: string;
}
