import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';

import { SessionEvent } from './dto/session-event.type';
import type { SessionGraphQLContext } from './session.events';
import {
  AgreeStatementInput,
  CastVoteInput,
  JoinSessionInput,
  OpenSessionInput,
  SessionArgs,
  SessionsArgs,
  SessionStatementArgs,
} from './dto/session.inputs';
import {
  FacilitatorSessionView,
  JoinSessionResult,
  ParticipantSessionView,
  PresenterSessionView,
  SessionSummary,
} from './dto/session-views.type';
import type { FacilitatedSessionService } from './facilitated-session.service';

const FACILITATOR = [UserRole.COUNCIL_LEAD, UserRole.ADMINISTRATOR];
const COUNCIL_USERS = [UserRole.COUNCIL_LEAD, UserRole.COUNCIL_MEMBER, UserRole.ADMINISTRATOR];

/**
 * Facilitated sessions. The facilitator (the council's lead) signs in as usual; participants are
 * anonymous and send their device's token in the X-Participant-Token header (queries, mutations)
 * or in connectionParams.participantToken (the subscription).
 */
@Resolver()
export class FacilitatedSessionResolver {
  constructor(private readonly sessions: FacilitatedSessionService) {}

  @Authorized(...COUNCIL_USERS)
  @Query(() => [SessionSummary], { description: "An assessment's sessions, newest first (the council's lead and members)." })
  facilitatedSessions(
    @Ctx() { request }: GraphQLContext,
    @Args(() => SessionsArgs) { assessmentId }: SessionsArgs,
  ): Promise<SessionSummary[]> {
    return this.sessions.findAll(request, assessmentId);
  }

  @Authorized(...FACILITATOR)
  @Query(() => FacilitatorSessionView, {
    description: "The facilitator's view of a session: read it on (re)connect and after each SessionEvent.",
  })
  facilitatorSession(
    @Ctx() { request }: GraphQLContext,
    @Args(() => SessionArgs) { sessionId }: SessionArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.facilitatorView(request, sessionId);
  }

  @Authorized(...FACILITATOR)
  @Query(() => PresenterSessionView, {
    description: 'The projector view: the join code and QR, the statement, the count scored and the spread; no notes.',
  })
  presenterSession(@Ctx() { request }: GraphQLContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<PresenterSessionView> {
    return this.sessions.presenterView(request, sessionId);
  }

  @Query(() => ParticipantSessionView, {
    description: "A participant's view, by the X-Participant-Token header: the statement, own score, the spread once revealed.",
  })
  participantSession(
    @Ctx() { request, participantToken }: GraphQLContext,
    @Args(() => SessionArgs) { sessionId }: SessionArgs,
  ): Promise<ParticipantSessionView> {
    return this.sessions.participantView(request, participantToken, sessionId);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, {
    description: 'Open a session (or a survey link) on some sections of a draft; returns the join code, link and QR code.',
  })
  openSession(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => OpenSessionInput) input: OpenSessionInput,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.open(request, input);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, {
    description: 'Put a statement on screen for scoring (a live session); a statement already agreed or skipped is shown as it stands.',
  })
  openStatement(
    @Ctx() { request }: GraphQLContext,
    @Args(() => SessionStatementArgs) args: SessionStatementArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.openStatement(request, args.sessionId, args.itemKey);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, {
    description: 'Reveal the spread of the current statement: scores are locked; the spread is shown from 3 scores.',
  })
  revealVotes(@Ctx() { request }: GraphQLContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.reveal(request, sessionId);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, {
    description: 'Score the current statement again after debate: a new vote round starts, earlier rounds are kept.',
  })
  startRevote(@Ctx() { request }: GraphQLContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.startRevote(request, sessionId);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, {
    description:
      "Record the agreed level, notes and evidence for the revealed statement; the participants' final scores go to the assessment.",
  })
  agreeStatement(
    @Ctx() { request }: GraphQLContext,
    @Arg('input', () => AgreeStatementInput) input: AgreeStatementInput,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.agree(request, input);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, {
    description: '"Not important to us": skip a statement; it is not rated and not counted as missing.',
  })
  skipStatement(
    @Ctx() { request }: GraphQLContext,
    @Args(() => SessionStatementArgs) args: SessionStatementArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.skip(request, args.sessionId, args.itemKey);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, { description: 'Stop new participants joining; those who joined carry on.' })
  closeJoining(@Ctx() { request }: GraphQLContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.setJoining(request, sessionId, false);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, { description: 'Let participants join again.' })
  reopenJoining(@Ctx() { request }: GraphQLContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.setJoining(request, sessionId, true);
  }

  @Authorized(...FACILITATOR)
  @Mutation(() => FacilitatorSessionView, {
    description:
      'End the session: scores of statements not agreed go to the assessment as participants’ responses; continue in a new session.',
  })
  endSession(@Ctx() { request }: GraphQLContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.end(request, sessionId);
  }

  @Mutation(() => JoinSessionResult, { description: 'Join with a code as a role, without an account. Attempts per address are limited.' })
  joinSession(
    @Ctx() { request, participantToken }: GraphQLContext,
    @Arg('input', () => JoinSessionInput) input: JoinSessionInput,
  ): Promise<JoinSessionResult> {
    return this.sessions.join(request, participantToken, input);
  }

  @Mutation(() => ParticipantSessionView, {
    description: 'Score a statement privately (X-Participant-Token); may be changed until the reveal.',
  })
  castVote(
    @Ctx() { request, participantToken }: GraphQLContext,
    @Arg('input', () => CastVoteInput) input: CastVoteInput,
  ): Promise<ParticipantSessionView> {
    return this.sessions.castVote(request, participantToken, input);
  }

  @Subscription(() => SessionEvent, {
    description:
      "Changes to a session, for its facilitator (session cookie) or a participant (connectionParams.participantToken). Carries what changed; read the state with the session's query. Access is checked on subscribing and on every event.",
    subscribe: ({ args, context }) => (context as SessionGraphQLContext).sessionEvents(String(args.sessionId)),
  })
  sessionChanged(@Root() event: SessionEvent, @Args(() => SessionArgs) _args: SessionArgs): SessionEvent {
    return event;
  }
}
