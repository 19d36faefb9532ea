import { Field, InputType } from 'type-graphql';

import { IsRound } from '../../../common/round';
import { BoundedTextField, GssCodeField, OptionalTextField } from '../../../common/graphql/input-fields';

@InputType({ description: 'Start a draft assessment for a council, framework version and round.' })
export class CreateAssessmentInput {
  @GssCodeField({ description: 'ONS GSS code of the council, e.g. E07000034.' })
  councilGssCode: string;

  @BoundedTextField(100)
  frameworkKey: string;

  @OptionalTextField(40, { description: 'Defaults to the newest version.' })
  frameworkVersion?: string | null;

  @Field({ description: 'The assessment period, e.g. "2026-27".' })
  @IsRound()
  round: string;
}
