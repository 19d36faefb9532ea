import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { IsRound } from '../../../common/round';

@InputType({ description: 'Start a draft assessment for a council, framework version and round.' })
export class CreateAssessmentInput {
  @Field({ description: 'ONS GSS code of the council, e.g. E07000034.' })
  @Matches(/^E\d{8}$/, { message: 'councilGssCode must be an English GSS code such as E07000034' })
  councilGssCode: string;

  @Field()
  @MaxLength(100)
  frameworkKey: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the newest version.' })
  @IsOptional()
  @MaxLength(40)
  frameworkVersion?: string | null;

  @Field({ description: 'The assessment period, e.g. "2026-27".' })
  @IsRound()
  round: string;
}
