import { IsOptional, Matches } from 'class-validator';
import { ArgsType } from 'type-graphql';

import { BooleanField, NullableField } from '../../../common/graphql/object-fields';
import { IsRound } from '../../../common/round';
import { IdField } from '../../../common/graphql/id-field';
import { GssCodeField, OptionalTextField } from '../../../common/graphql/input-fields';

@ArgsType()
export class AssessmentArgs {
  @IdField()
  id: string;
}

@ArgsType()
export class AssessmentsArgs {
  @GssCodeField()
  councilGssCode: string;

  @OptionalTextField(100)
  frameworkKey?: string | null;

  @NullableField(String)
  @IsOptional()
  @IsRound()
  round?: string | null;

  @BooleanField('Include submissions replaced by a re-submission (the history).')
  includeSuperseded: boolean = false;
}

@ArgsType()
export class SubmitAssessmentArgs {
  @IdField()
  assessmentId: string;

  @NullableField(
    String,
    'A key the client makes up (e.g. a UUID) so that a retried submission returns the first result instead of failing.',
  )
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8–100 letters, digits, hyphens or underscores' })
  idempotencyKey?: string | null;
}
