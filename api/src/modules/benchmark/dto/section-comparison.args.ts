import { IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

import { IsRound } from '../../../common/round';

@ArgsType()
export class SectionComparisonArgs {
  @Field()
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode: string;

  @Field()
  @MaxLength(100)
  frameworkKey: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the newest version.' })
  @IsOptional()
  @MaxLength(40)
  frameworkVersion?: string | null;

  @Field()
  @IsRound()
  round: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the first dimension (e.g. "progress").' })
  @IsOptional()
  @MaxLength(100)
  dimensionKey?: string | null;
}
