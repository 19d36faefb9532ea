import { Field, Float, ObjectType } from 'type-graphql';

import { BooleanField, FieldOf, IdValueField, IntField, NullableField, TextField } from '../../../common/graphql/object-fields';
import { FacilitatedSession, SessionMode, SessionStatus } from '../facilitated-session.entity';
import { StatementPhase } from '../session-item-state.entity';
import { FrameworkItem, FrameworkSection, ParticipantRole, RatingDimension, RatingLevel } from '../dependencies';

@ObjectType({ description: 'How many of one role: in a spread, or among those who joined.' })
export class RoleCount {
  @FieldOf(ParticipantRole)
  role: ParticipantRole;

  @IntField()
  count: number;
}

@ObjectType({ description: 'One level of the scale in a revealed spread.' })
export class LevelCount {
  @FieldOf(RatingLevel)
  level: RatingLevel;

  @IntField()
  count: number;

  @FieldOf([RoleCount], 'Counts for the roles shown (each with at least 2 scores); the rest are in otherRolesCount only.')
  byRole: RoleCount[];
}

@ObjectType({ description: 'The spread of scores on one dimension after the reveal; withheld when fewer than 3 scored.' })
export class DimensionSpread {
  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @IntField('How many scored in the vote round revealed.')
  scored: number;

  @BooleanField('True when too few scored to show anything but the count.')
  withheld: boolean;

  @NullableField(String, 'Why the spread is withheld.')
  reason: string | null;

  @NullableField(Float, 'Median position on the scale (0 = lowest level); halfway between two levels when the middle two scores differ.')
  median: number | null;

  @FieldOf([LevelCount], 'Every level, lowest first; empty when withheld.')
  levels: LevelCount[];

  @FieldOf([ParticipantRole], 'Roles shown by shape: each has at least 2 scores.')
  shownRoles: ParticipantRole[];

  @IntField('Scores from roles too small to show, counted together (never exactly 1).')
  otherRolesCount: number;
}

@ObjectType({ description: 'A level agreed for one dimension.' })
export class AgreedLevel {
  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @FieldOf(RatingLevel)
  level: RatingLevel;
}

@ObjectType({ description: 'A statement as a session shows it: the text, the scales with their levels and descriptors, and its phase.' })
export class SessionStatement {
  @FieldOf(FrameworkItem)
  item: FrameworkItem;

  @FieldOf(FrameworkSection)
  section: FrameworkSection;

  @FieldOf([RatingDimension], 'The scales to score on; each has its levels with descriptors.')
  dimensions: RatingDimension[];

  @FieldOf(StatementPhase)
  phase: StatementPhase;

  @IntField('1 for the first vote; a re-vote after debate adds one.')
  voteRound: number;

  @IntField("The statement's position among the session's statements, from 1.")
  number: number;

  @IntField("How many statements the session's sections hold (skipped ones included).")
  of: number;

  @BooleanField('True for the last statement of its section in this session: the top tips are shown at its end.')
  endsSection: boolean;
}

@ObjectType({ description: "One statement's progress in a session, for the facilitator's list." })
export class StatementProgress {
  @FieldOf(FrameworkItem)
  item: FrameworkItem;

  @IdValueField()
  sectionId: string;

  @NullableField(StatementPhase, 'Null until the statement has been opened.')
  phase: StatementPhase | null;

  @FieldOf([AgreedLevel], 'Agreed in this session.')
  agreed: AgreedLevel[];

  @BooleanField('The assessment already has an agreed level for it: from this session, an earlier one of the series, or entered directly.')
  agreedInAssessment: boolean;

  @BooleanField('The assessment skips it as not important to the council (in its plan or in a session).')
  skippedInAssessment: boolean;
}

@ObjectType({ description: 'What the facilitator records for a statement; notes and evidence never leave the council.' })
export class AgreedOutcome {
  @FieldOf([AgreedLevel])
  levels: AgreedLevel[];

  @NullableField(String)
  note: string | null;

  @FieldOf([String], 'Links or short texts.')
  evidence: string[];
}

@ObjectType({ description: 'How participants reach a session: the code, the link and a QR code of the link.' })
export class SessionJoinDetails {
  @Field()
  joinCode: string;

  @TextField('<origin>/join/<code>, the dashboard route for participants.')
  joinUrl: string;

  @TextField('An SVG image of a QR code for joinUrl, rendered on the server; safe to inline.')
  qrSvg: string;

  @FieldOf(Date)
  expiresAt: Date;
}

@ObjectType({ description: "A session as its facilitator (the council's lead) sees it." })
export class FacilitatorSessionView {
  @FieldOf(FacilitatedSession)
  session: FacilitatedSession;

  @FieldOf(SessionJoinDetails)
  join: SessionJoinDetails;

  @FieldOf([FrameworkSection])
  sections: FrameworkSection[];

  @FieldOf([RoleCount], 'Participants who joined, by role.')
  participantsByRole: RoleCount[];

  @NullableField(SessionStatement, 'The statement on screen (live sessions).')
  current: SessionStatement | null;

  @IntField('How many scored the current statement in the current vote round; never what they scored.')
  scoredCount: number;

  @NullableField([DimensionSpread], 'Once revealed (and after agreement).')
  spread: DimensionSpread[] | null;

  @NullableField(AgreedOutcome)
  agreed: AgreedOutcome | null;

  @FieldOf([String], "The current statement's section top tips when they are due: at the section's end, or beside a low agreed level.")
  tips: string[];

  @FieldOf([StatementProgress])
  statements: StatementProgress[];
}

@ObjectType({ description: 'The projector view: what the room may see; no notes or evidence.' })
export class PresenterSessionView {
  @IdValueField()
  sessionId: string;

  @FieldOf(SessionStatus)
  status: SessionStatus;

  @NullableField(SessionJoinDetails, 'Null once joining is closed.')
  join: SessionJoinDetails | null;

  @IntField()
  participantCount: number;

  @NullableField(SessionStatement)
  current: SessionStatement | null;

  @IntField()
  scoredCount: number;

  @NullableField([DimensionSpread])
  spread: DimensionSpread[] | null;

  @NullableField([AgreedLevel])
  agreedLevels: AgreedLevel[] | null;

  @FieldOf([String])
  tips: string[];
}

@ObjectType({ description: "The participant's own score on one dimension." })
export class OwnVote {
  @IdValueField()
  itemId: string;

  @FieldOf(RatingDimension)
  dimension: RatingDimension;

  @FieldOf(RatingLevel)
  level: RatingLevel;
}

@ObjectType({ description: "A session as a participant's device sees it: anonymous, by its participant token." })
export class ParticipantSessionView {
  @IdValueField()
  sessionId: string;

  @FieldOf(SessionMode)
  mode: SessionMode;

  @FieldOf(SessionStatus)
  status: SessionStatus;

  @FieldOf(ParticipantRole)
  role: ParticipantRole;

  @NullableField(SessionStatement, 'Live sessions: the statement on screen, if any.')
  current: SessionStatement | null;

  @FieldOf([OwnVote], 'Own scores for the current statement and round (live), or for every statement (survey).')
  myVotes: OwnVote[];

  @BooleanField('Whether a score may be given or changed now.')
  canVote: boolean;

  @NullableField([DimensionSpread], 'Once the facilitator reveals.')
  spread: DimensionSpread[] | null;

  @NullableField([AgreedLevel])
  agreedLevels: AgreedLevel[] | null;

  @FieldOf([String])
  tips: string[];

  @FieldOf([SessionStatement], "Survey mode: every statement of the session's sections, to score at one's own pace.")
  surveyStatements: SessionStatement[];

  @NullableField(Date, 'Survey mode: scores are taken until then.')
  surveyClosesAt: Date | null;
}

@ObjectType({ description: 'A new participant: keep the token on the device (it is shown once) and send it as X-Participant-Token.' })
export class JoinSessionResult {
  @Field()
  participantToken: string;

  @FieldOf(ParticipantSessionView)
  session: ParticipantSessionView;
}

@ObjectType({ description: 'A session in the list of an assessment’s sessions.' })
export class SessionSummary {
  @FieldOf(FacilitatedSession)
  session: FacilitatedSession;

  @FieldOf([FrameworkSection])
  sections: FrameworkSection[];

  @IntField()
  participantCount: number;

  @IntField('Statements agreed in this session.')
  agreedCount: number;

  @IntField('Statements skipped in this session.')
  skippedCount: number;
}
