import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { FacilitatedSession, SessionMode, SessionStatus } from '../facilitated-session.entity';
import { StatementPhase } from '../session-item-state.entity';
import { FrameworkItem, FrameworkSection, ParticipantRole, RatingDimension, RatingLevel } from '../dependencies';

@ObjectType({ description: 'How many of one role: in a spread, or among those who joined.' })
export class RoleCount {
  @Field(() => ParticipantRole)
  role: ParticipantRole;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'One level of the scale in a revealed spread.' })
export class LevelCount {
  @Field(() => RatingLevel)
  level: RatingLevel;

  @Field(() => Int)
  count: number;

  @Field(() => [RoleCount], {
    description: 'Counts for the roles shown (each with at least 2 scores); the rest are in otherRolesCount only.',
  })
  byRole: RoleCount[];
}

@ObjectType({ description: 'The spread of scores on one dimension after the reveal; withheld when fewer than 3 scored.' })
export class DimensionSpread {
  @Field(() => RatingDimension)
  dimension: RatingDimension;

  @Field(() => Int, { description: 'How many scored in the vote round revealed.' })
  scored: number;

  @Field({ description: 'True when too few scored to show anything but the count.' })
  withheld: boolean;

  @Field(() => String, { nullable: true, description: 'Why the spread is withheld.' })
  reason: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median position on the scale (0 = lowest level); halfway between two levels when the middle two scores differ.',
  })
  median: number | null;

  @Field(() => [LevelCount], { description: 'Every level, lowest first; empty when withheld.' })
  levels: LevelCount[];

  @Field(() => [ParticipantRole], { description: 'Roles shown by shape: each has at least 2 scores.' })
  shownRoles: ParticipantRole[];

  @Field(() => Int, { description: 'Scores from roles too small to show, counted together (never exactly 1).' })
  otherRolesCount: number;
}

@ObjectType({ description: 'A level agreed for one dimension.' })
export class AgreedLevel {
  @Field(() => RatingDimension)
  dimension: RatingDimension;

  @Field(() => RatingLevel)
  level: RatingLevel;
}

@ObjectType({ description: 'A statement as a session shows it: the text, the scales with their levels and descriptors, and its phase.' })
export class SessionStatement {
  @Field(() => FrameworkItem)
  item: FrameworkItem;

  @Field(() => FrameworkSection)
  section: FrameworkSection;

  @Field(() => [RatingDimension], { description: 'The scales to score on; each has its levels with descriptors.' })
  dimensions: RatingDimension[];

  @Field(() => StatementPhase)
  phase: StatementPhase;

  @Field(() => Int, { description: '1 for the first vote; a re-vote after debate adds one.' })
  voteRound: number;

  @Field(() => Int, { description: "The statement's position among the session's statements, from 1." })
  number: number;

  @Field(() => Int, { description: "How many statements the session's sections hold (skipped ones included)." })
  of: number;

  @Field({ description: 'True for the last statement of its section in this session: the top tips are shown at its end.' })
  endsSection: boolean;
}

@ObjectType({ description: "One statement's progress in a session, for the facilitator's list." })
export class StatementProgress {
  @Field(() => FrameworkItem)
  item: FrameworkItem;

  @Field(() => ID)
  sectionId: string;

  @Field(() => StatementPhase, { nullable: true, description: 'Null until the statement has been opened.' })
  phase: StatementPhase | null;

  @Field(() => [AgreedLevel], { description: 'Agreed in this session.' })
  agreed: AgreedLevel[];

  @Field({
    description: 'The assessment already has an agreed level for it: from this session, an earlier one of the series, or entered directly.',
  })
  agreedInAssessment: boolean;

  @Field({ description: 'The assessment skips it as not important to the council (in its plan or in a session).' })
  skippedInAssessment: boolean;
}

@ObjectType({ description: 'What the facilitator records for a statement; notes and evidence never leave the council.' })
export class AgreedOutcome {
  @Field(() => [AgreedLevel])
  levels: AgreedLevel[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [String], { description: 'Links or short texts.' })
  evidence: string[];
}

@ObjectType({ description: 'How participants reach a session: the code, the link and a QR code of the link.' })
export class SessionJoinDetails {
  @Field()
  joinCode: string;

  @Field({ description: '<origin>/join/<code>, the dashboard route for participants.' })
  joinUrl: string;

  @Field({ description: 'An SVG image of a QR code for joinUrl, rendered on the server; safe to inline.' })
  qrSvg: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType({ description: "A session as its facilitator (the council's lead) sees it." })
export class FacilitatorSessionView {
  @Field(() => FacilitatedSession)
  session: FacilitatedSession;

  @Field(() => SessionJoinDetails)
  join: SessionJoinDetails;

  @Field(() => [FrameworkSection])
  sections: FrameworkSection[];

  @Field(() => [RoleCount], { description: 'Participants who joined, by role.' })
  participantsByRole: RoleCount[];

  @Field(() => SessionStatement, { nullable: true, description: 'The statement on screen (live sessions).' })
  current: SessionStatement | null;

  @Field(() => Int, { description: 'How many scored the current statement in the current vote round; never what they scored.' })
  scoredCount: number;

  @Field(() => [DimensionSpread], { nullable: true, description: 'Once revealed (and after agreement).' })
  spread: DimensionSpread[] | null;

  @Field(() => AgreedOutcome, { nullable: true })
  agreed: AgreedOutcome | null;

  @Field(() => [String], {
    description: "The current statement's section top tips when they are due: at the section's end, or beside a low agreed level.",
  })
  tips: string[];

  @Field(() => [StatementProgress])
  statements: StatementProgress[];
}

@ObjectType({ description: 'The projector view: what the room may see; no notes or evidence.' })
export class PresenterSessionView {
  @Field(() => ID)
  sessionId: string;

  @Field(() => SessionStatus)
  status: SessionStatus;

  @Field(() => SessionJoinDetails, { nullable: true, description: 'Null once joining is closed.' })
  join: SessionJoinDetails | null;

  @Field(() => Int)
  participantCount: number;

  @Field(() => SessionStatement, { nullable: true })
  current: SessionStatement | null;

  @Field(() => Int)
  scoredCount: number;

  @Field(() => [DimensionSpread], { nullable: true })
  spread: DimensionSpread[] | null;

  @Field(() => [AgreedLevel], { nullable: true })
  agreedLevels: AgreedLevel[] | null;

  @Field(() => [String])
  tips: string[];
}

@ObjectType({ description: "The participant's own score on one dimension." })
export class OwnVote {
  @Field(() => ID)
  itemId: string;

  @Field(() => RatingDimension)
  dimension: RatingDimension;

  @Field(() => RatingLevel)
  level: RatingLevel;
}

@ObjectType({ description: "A session as a participant's device sees it: anonymous, by its participant token." })
export class ParticipantSessionView {
  @Field(() => ID)
  sessionId: string;

  @Field(() => SessionMode)
  mode: SessionMode;

  @Field(() => SessionStatus)
  status: SessionStatus;

  @Field(() => ParticipantRole)
  role: ParticipantRole;

  @Field(() => SessionStatement, { nullable: true, description: 'Live sessions: the statement on screen, if any.' })
  current: SessionStatement | null;

  @Field(() => [OwnVote], { description: 'Own scores for the current statement and round (live), or for every statement (survey).' })
  myVotes: OwnVote[];

  @Field(() => Boolean, { description: 'Whether a score may be given or changed now.' })
  canVote: boolean;

  @Field(() => [DimensionSpread], { nullable: true, description: 'Once the facilitator reveals.' })
  spread: DimensionSpread[] | null;

  @Field(() => [AgreedLevel], { nullable: true })
  agreedLevels: AgreedLevel[] | null;

  @Field(() => [String])
  tips: string[];

  @Field(() => [SessionStatement], { description: "Survey mode: every statement of the session's sections, to score at one's own pace." })
  surveyStatements: SessionStatement[];

  @Field(() => Date, { nullable: true, description: 'Survey mode: scores are taken until then.' })
  surveyClosesAt: Date | null;
}

@ObjectType({ description: 'A new participant: keep the token on the device (it is shown once) and send it as X-Participant-Token.' })
export class JoinSessionResult {
  @Field()
  participantToken: string;

  @Field(() => ParticipantSessionView)
  session: ParticipantSessionView;
}

@ObjectType({ description: 'A session in the list of an assessment’s sessions.' })
export class SessionSummary {
  @Field(() => FacilitatedSession)
  session: FacilitatedSession;

  @Field(() => [FrameworkSection])
  sections: FrameworkSection[];

  @Field(() => Int)
  participantCount: number;

  @Field(() => Int, { description: 'Statements agreed in this session.' })
  agreedCount: number;

  @Field(() => Int, { description: 'Statements skipped in this session.' })
  skippedCount: number;
}
