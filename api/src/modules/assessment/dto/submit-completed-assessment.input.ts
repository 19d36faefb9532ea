import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { FieldOf, NullableField } from '../../../common/graphql/object-fields';

import { CreateAssessmentInput } from './create-assessment.input';
import { AgreedRatingInput } from './rating.input';
import { MAX_RATINGS_PER_REQUEST, ParticipantResponsesInput } from './record-responses.input';

/** More participants than any council's workshop or survey; the request stays a bounded size. */
export const MAX_PARTICIPANTS_PER_SUBMISSION = 100;

@InputType({
  description:
    'A completed self-assessment (for example gathered in a workshop or a survey) submitted in one step: its participants’ responses and ' +
    'agreed ratings are recorded, scored and submitted together, or nothing is.',
})
export class SubmitCompletedAssessmentInput extends CreateAssessmentInput {
  @FieldOf([ParticipantResponsesInput])
  @ArrayMaxSize(MAX_PARTICIPANTS_PER_SUBMISSION)
  @Type(() => ParticipantResponsesInput)
  participants: ParticipantResponsesInput[];

  @Field(() => [AgreedRatingInput], { defaultValue: [] })
  @ArrayMaxSize(MAX_RATINGS_PER_REQUEST)
  @Type(() => AgreedRatingInput)
  agreedRatings: AgreedRatingInput[];

  @NullableField(
    String,
    'A key the client makes up (e.g. a UUID) so that a retried submission returns the first result instead of submitting twice.',
  )
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{8,100}$/, { message: 'idempotencyKey must be 8–100 letters, digits, hyphens or underscores' })
  idempotencyKey?: string | null;
}
