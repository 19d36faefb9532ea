import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID } from 'class-validator';
import { InputType } from 'type-graphql';

import { FieldOf, IdValueField } from '../../../common/graphql/object-fields';
import { ParticipantRole } from '../participant.entity';

import { AgreedRatingInput, RatingInput } from './rating.input';

/** Enough for every item on every dimension of the largest framework, with room to grow. */
export const MAX_RATINGS_PER_REQUEST = 1000;

/*
 * No @ValidateNested on the lists of ratings and participants: the GraphQL layer's argument
 * validation (graphql/validate-arguments.ts) already checks every nested input object's own rules,
 * once each. With @ValidateNested as well, every rating of a 15-participant submission was checked
 * three times (by the submission, by its participant and on its own): a third of the request's CPU.
 */

@InputType({ description: "One anonymous participant's responses: a role and levels, nothing that identifies them." })
export class ParticipantResponsesInput {
  @FieldOf(ParticipantRole)
  @IsEnum(ParticipantRole)
  role: ParticipantRole;

  @FieldOf([RatingInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RATINGS_PER_REQUEST)
  @Type(() => RatingInput)
  responses: RatingInput[];
}

@InputType({ description: "One anonymous participant's responses: a role and levels, nothing that identifies them." })
export class RecordParticipantResponsesInput extends ParticipantResponsesInput {
  @IdValueField()
  @IsUUID()
  assessmentId: string;
}

@InputType({ description: "The council's agreed ratings; recording an item again replaces its earlier agreed rating." })
export class RecordAgreedRatingsInput {
  @IdValueField()
  @IsUUID()
  assessmentId: string;

  @FieldOf([AgreedRatingInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RATINGS_PER_REQUEST)
  @Type(() => AgreedRatingInput)
  ratings: AgreedRatingInput[];
}
