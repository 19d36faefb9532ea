import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

import { IsRound } from '../../../common/round';

/** A framework version and a round: what every comparison is asked for. */
@ArgsType()
export class FrameworkRoundArgs {
  @Field()
  @MaxLength(100)
  frameworkKey: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the newest version. Comparisons never mix versions.' })
  @IsOptional()
  @MaxLength(40)
  frameworkVersion?: string | null;

  @Field()
  @IsRound()
  round: string;
}
