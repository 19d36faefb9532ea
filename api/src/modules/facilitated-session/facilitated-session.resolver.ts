import { Args, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';
import { AuthorizedMutation, AuthorizedQuery, InputArg, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

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

  @AuthorizedQuery(() => [SessionSummary], "An assessment's sessions, newest first (the council's lead and members).", COUNCIL_USERS)
  facilitatedSessions(
    @RequestCtx() request: RequestContext,
    @Args(() => SessionsArgs) { assessmentId }: SessionsArgs,
  ): Promise<SessionSummary[]> {
    return this.sessions.findAll(request, assessmentId);
  }

  @AuthorizedQuery(
    () => FacilitatorSessionView,
    "The facilitator's view of a session: read it on (re)connect and after each SessionEvent.",
    FACILITATOR,
  )
  facilitatorSession(
    @RequestCtx() request: RequestContext,
    @Args(() => SessionArgs) { sessionId }: SessionArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.facilitatorView(request, sessionId);
  }

  @AuthorizedQuery(
    () => PresenterSessionView,
    'The projector view: the join code and QR, the statement, the count scored and the spread; no notes.',
    FACILITATOR,
  )
  presenterSession(
    @RequestCtx() request: RequestContext,
    @Args(() => SessionArgs) { sessionId }: SessionArgs,
  ): Promise<PresenterSessionView> {
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

  @AuthorizedMutation(
    () => FacilitatorSessionView,
    'Open a session (or a survey link) on some sections of a draft; returns the join code, link and QR code.',
    FACILITATOR,
  )
  openSession(@RequestCtx() request: RequestContext, @InputArg(OpenSessionInput) input: OpenSessionInput): Promise<FacilitatorSessionView> {
    return this.sessions.open(request, input);
  }

  @AuthorizedMutation(
    () => FacilitatorSessionView,
    'Put a statement on screen for scoring (a live session); a statement already agreed or skipped is shown as it stands.',
    FACILITATOR,
  )
  openStatement(
    @RequestCtx() request: RequestContext,
    @Args(() => SessionStatementArgs) args: SessionStatementArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.openStatement(request, args.sessionId, args.itemKey);
  }

  @AuthorizedMutation(
    () => FacilitatorSessionView,
    'Reveal the spread of the current statement: scores are locked; the spread is shown from 3 scores.',
    FACILITATOR,
  )
  revealVotes(@RequestCtx() request: RequestContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.reveal(request, sessionId);
  }

  @AuthorizedMutation(
    () => FacilitatorSessionView,
    'Score the current statement again after debate: a new vote round starts, earlier rounds are kept.',
    FACILITATOR,
  )
  startRevote(@RequestCtx() request: RequestContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.startRevote(request, sessionId);
  }

  @AuthorizedMutation(
    () => FacilitatorSessionView,
    "Record the agreed level, notes and evidence for the revealed statement; the participants' final scores go to the assessment.",
    FACILITATOR,
  )
  agreeStatement(
    @RequestCtx() request: RequestContext,
    @InputArg(AgreeStatementInput) input: AgreeStatementInput,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.agree(request, input);
  }

  @AuthorizedMutation(
    () => FacilitatorSessionView,
    '"Not important to us": skip a statement; it is not rated and not counted as missing.',
    FACILITATOR,
  )
  skipStatement(
    @RequestCtx() request: RequestContext,
    @Args(() => SessionStatementArgs) args: SessionStatementArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.skip(request, args.sessionId, args.itemKey);
  }

  @AuthorizedMutation(() => FacilitatorSessionView, 'Stop new participants joining; those who joined carry on.', FACILITATOR)
  closeJoining(
    @RequestCtx() request: RequestContext,
    @Args(() => SessionArgs) { sessionId }: SessionArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.setJoining(request, sessionId, false);
  }

  @AuthorizedMutation(() => FacilitatorSessionView, 'Let participants join again.', FACILITATOR)
  reopenJoining(
    @RequestCtx() request: RequestContext,
    @Args(() => SessionArgs) { sessionId }: SessionArgs,
  ): Promise<FacilitatorSessionView> {
    return this.sessions.setJoining(request, sessionId, true);
  }

  @AuthorizedMutation(
    () => FacilitatorSessionView,
    'End the session: scores of statements not agreed go to the assessment as participants’ responses; continue in a new session.',
    FACILITATOR,
  )
  endSession(@RequestCtx() request: RequestContext, @Args(() => SessionArgs) { sessionId }: SessionArgs): Promise<FacilitatorSessionView> {
    return this.sessions.end(request, sessionId);
  }

  @Mutation(() => JoinSessionResult, { description: 'Join with a code as a role, without an account. Attempts per address are limited.' })
  joinSession(
    @Ctx() { request, participantToken }: GraphQLContext,
    @InputArg(JoinSessionInput) input: JoinSessionInput,
  ): Promise<JoinSessionResult> {
    return this.sessions.join(request, participantToken, input);
  }

  @Mutation(() => ParticipantSessionView, {
    description: 'Score a statement privately (X-Participant-Token); may be changed until the reveal.',
  })
  castVote(
    @Ctx() { request, participantToken }: GraphQLContext,
    @InputArg(CastVoteInput) input: CastVoteInput,
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
