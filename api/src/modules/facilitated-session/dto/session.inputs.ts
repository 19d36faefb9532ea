import { IsInt, Max, Min, ValidateIf } from 'class-validator';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

import { ParticipantRole } from '../dependencies';
import { SessionMode } from '../facilitated-session.entity';
import { IdField } from '../../../common/graphql/id-field';
import { BoundedTextField, EnumField, InputListField, OptionalTextField, TextListField } from '../../../common/graphql/input-fields';

/** The longest a survey link stays open. */
export const MAX_SURVEY_DAYS = 60;

@InputType({ description: 'Open a session (or a survey link) on some of an assessment’s sections.' })
export class OpenSessionInput {
  @IdField()
  assessmentId: string;

  @TextListField(
    { minSize: 1, maxSize: 100, maxLength: 100 },
    { description: "Section keys, one or more, from the assessment's included sections." },
  )
  sectionKeys: string[];

  @EnumField(SessionMode, { defaultValue: SessionMode.LIVE })
  mode: SessionMode;

  @Field(() => Int, { nullable: true, description: `Survey mode: how many days the link stays open (1–${MAX_SURVEY_DAYS}).` })
  @ValidateIf((input: OpenSessionInput) => input.mode === SessionMode.SURVEY || input.surveyDays != null)
  @IsInt()
  @Min(1)
  @Max(MAX_SURVEY_DAYS)
  surveyDays?: number | null;
}

@ArgsType()
export class SessionArgs {
  @IdField()
  sessionId: string;
}

@ArgsType()
export class SessionsArgs {
  @IdField()
  assessmentId: string;
}

@ArgsType()
export class SessionStatementArgs {
  @IdField()
  sessionId: string;

  @BoundedTextField(100, { description: 'The statement (item) key.' })
  itemKey: string;
}

@InputType({ description: 'A level on one dimension, by key; dimensionKey may be left out when the framework has one dimension.' })
export class DimensionLevelInput {
  @OptionalTextField(100)
  dimensionKey?: string | null;

  @BoundedTextField(100)
  levelKey: string;
}

@InputType({ description: "The council's agreed level for the statement, with notes and evidence that never leave the council." })
export class AgreeStatementInput {
  @IdField()
  sessionId: string;

  @BoundedTextField(100, { description: 'The statement agreed; must be the one on screen, revealed.' })
  itemKey: string;

  @InputListField(() => DimensionLevelInput, { minSize: 1, maxSize: 10 }, { description: 'One level per dimension of the framework.' })
  levels: DimensionLevelInput[];

  @OptionalTextField(4000)
  note?: string | null;

  @TextListField({ maxSize: 20, maxLength: 500 }, { defaultValue: [], description: 'Links or short texts, up to 20 of 500 characters.' })
  evidence: string[];
}

@InputType({ description: 'Join with a code, choosing only a role: no name, email or device details are kept.' })
export class JoinSessionInput {
  @BoundedTextField(20, { description: 'The code on the screen; case and spaces do not matter.' })
  joinCode: string;

  @EnumField(ParticipantRole)
  role: ParticipantRole;
}

@InputType({ description: "A participant's private score for a statement; sent with the device's X-Participant-Token header." })
export class CastVoteInput {
  @IdField()
  sessionId: string;

  @BoundedTextField(100, { description: 'The statement scored: in a live session, the one on screen.' })
  itemKey: string;

  @InputListField(
    () => DimensionLevelInput,
    { minSize: 1, maxSize: 10 },
    { description: 'A level per dimension scored; scoring again replaces the earlier score.' },
  )
  levels: DimensionLevelInput[];
}
