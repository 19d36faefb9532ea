import { type DataSource, type EntityManager, In, MoreThan } from 'typeorm';

import { AccessError, AccessErrorCode, assertCanFacilitate, assertCanSeeSessions } from '../../common/auth/access-policy';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { inViewerTransaction, presentSecrets } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';

import {
  type AssessmentService,
  type Framework,
  type FrameworkItem,
  type FrameworkSection,
  type FrameworkService,
  ParticipantRole,
  type RatingDimension,
  type RatingLevel,
} from './dependencies';
import { type SessionEvent, SessionEventKind } from './dto/session-event.type';
import type { AgreeStatementInput, CastVoteInput, DimensionLevelInput, JoinSessionInput, OpenSessionInput } from './dto/session.inputs';
import {
  AgreedLevel,
  AgreedOutcome,
  DimensionSpread,
  FacilitatorSessionView,
  JoinSessionResult,
  LevelCount,
  OwnVote,
  ParticipantSessionView,
  PresenterSessionView,
  RoleCount,
  SessionJoinDetails,
  SessionStatement,
  SessionSummary,
  StatementProgress,
} from './dto/session-views.type';
import { FacilitatedSession, SessionMode, SessionStatus } from './facilitated-session.entity';
import { SessionError, SessionErrorCode } from './facilitated-session.errors';
import { joinQrSvg } from './join-qr';
import { hashParticipantToken, isWellFormedJoinCode, newJoinCode, newParticipantToken, normaliseJoinCode } from './join-code';
import { revealSpread, showsTipsBeside } from './reveal-rules';
import type { PgPubSub } from './pg-pub-sub';
import { COUNT_ONLY_KINDS, type SessionEvents } from './session.events';
import { SessionItemState, StatementPhase } from './session-item-state.entity';
import { SessionJoinFailure } from './session-join-attempt.entity';
import { SessionParticipant } from './session-participant.entity';
import { SessionVote } from './session-vote.entity';

/** The advisory lock a session's votes share and a facilitator's change takes alone. */
const sessionLockKey = (sessionId: string) => `session:${sessionId}`;

/** The HTTP header a participant's device sends its token in (lower case, as Node gives headers). */
export const PARTICIPANT_TOKEN_HEADER = 'x-participant-token';

export type SessionPolicy = {
  /** The dashboard's origin, for join links. */
  publicOrigin: string;
  liveJoinHours: number;
  maxJoinFailuresPerIp: number;
  joinFailureWindowMinutes: number;
};

/** Who is watching a session's events: the request's context, the participant token if any, and how to re-check the viewer per event. */
export type SessionWatcher = {
  request: RequestContext;
  participantToken: string | null;
  reauthorize(): Promise<RequestContext>;
};

type Statement = { item: FrameworkItem; section: FrameworkSection; number: number; of: number; endsSection: boolean };
type Participant = SessionParticipant;

/**
 * Facilitated sessions: the lead opens a session on some of a draft's sections, anonymous
 * participants join by code and score privately, the lead reveals the spread (within the reveal
 * thresholds) and records the agreed level. Votes stay in this module's tables while a statement is
 * open; agreeing, skipping or ending hands the final votes and the agreed level to the assessment
 * module's service in the same transaction. Every change publishes one event (session.events.ts).
 */
export class FacilitatedSessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentService,
    private readonly frameworks: FrameworkService,
    private readonly events: SessionEvents,
    private readonly policy: SessionPolicy,
  ) {}

  // Facilitator's reads

  /** An assessment's sessions, newest first; for the council's lead and members. Throws ASSESSMENT_NOT_FOUND or FORBIDDEN. */
  async findAll(ctx: RequestContext, assessmentId: string): Promise<SessionSummary[]> {
    const assessment = await this.assessments.findOneOrThrow(ctx, assessmentId);
    assertCanSeeSessions(viewerOf(ctx), assessment.councilId);
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const sessions = await manager.find(FacilitatedSession, { where: { assessmentId }, order: { createdAt: 'DESC' } });
      if (sessions.length === 0) return [];
      const ids = sessions.map((s) => s.id);
      const participants: { session_id: string; n: string }[] = await manager.query(
        `SELECT session_id, count(*) AS n FROM session_participant WHERE session_id = ANY($1) GROUP BY session_id`,
        [ids],
      );
      const states = await manager.find(SessionItemState, { where: { sessionId: In(ids) } });
      return sessions.map((session) =>
        Object.assign(new SessionSummary(), {
          session,
          sections: framework.sections.filter((s) => session.sectionIds.includes(s.id)),
          participantCount: Number(participants.find((p) => p.session_id === session.id)?.n ?? 0),
          agreedCount: states.filter((s) => s.sessionId === session.id && s.phase === StatementPhase.AGREED).length,
          skippedCount: states.filter((s) => s.sessionId === session.id && s.phase === StatementPhase.SKIPPED).length,
        }),
      );
    });
  }

  /** The facilitator's view of a session. Throws SESSION_NOT_FOUND (also for another council's session) or FORBIDDEN. */
  async facilitatorView(ctx: RequestContext, sessionId: string): Promise<FacilitatorSessionView> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const session = await this.findForLeadOrThrow(ctx, manager, sessionId);
      return this.buildFacilitatorView(ctx, manager, session);
    });
  }

  /** The projector view (facilitator's sign-in): no notes or evidence. Throws SESSION_NOT_FOUND or FORBIDDEN. */
  async presenterView(ctx: RequestContext, sessionId: string): Promise<PresenterSessionView> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const session = await this.findForLeadOrThrow(ctx, manager, sessionId);
      const framework = await this.frameworks.findByIdOrThrow(session.frameworkId);
      const live = await this.liveState(manager, session, framework);
      return Object.assign(new PresenterSessionView(), {
        sessionId: session.id,
        status: session.status,
        join: session.status === SessionStatus.OPEN ? await this.joinDetails(session) : null,
        participantCount: (await this.participantsByRole(manager, session.id)).reduce((n, r) => n + r.count, 0),
        current: live.statement,
        scoredCount: live.scoredCount,
        spread: live.spread,
        agreedLevels: live.agreedLevels,
        tips: live.tips,
      });
    });
  }

  // Facilitator's actions

  /**
   * Opens a session (or survey link) on sections of a draft the lead's council owns, with a fresh
   * join code. Throws ASSESSMENT_NOT_FOUND, FORBIDDEN, ASSESSMENT_NOT_DRAFT or SECTION_NOT_IN_ASSESSMENT.
   */
  async open(ctx: RequestContext, input: OpenSessionInput, joinCode?: string): Promise<FacilitatorSessionView> {
    const assessment = await this.assessments.findOneOrThrow(ctx, input.assessmentId);
    assertCanFacilitate(viewerOf(ctx), assessment.councilId);
    if (!assessment.isEditable)
      throw new SessionError(
        SessionErrorCode.ASSESSMENT_NOT_DRAFT,
        'Sessions run on a draft assessment; this one is submitted. Start a new assessment for the round to revise it.',
      );
    const framework = await this.frameworks.findByIdOrThrow(assessment.frameworkId);
    const included = this.assessments.includedSectionIds(assessment, framework);
    const sectionIds = [...new Set(input.sectionKeys)].map((key) => {
      const section = framework.sections.find((s) => s.key === key);
      if (!section || !included.includes(section.id))
        throw new SessionError(SessionErrorCode.SECTION_NOT_IN_ASSESSMENT, `"${key}" is not one of the sections this assessment includes.`);
      return section.id;
    });
    const hours = input.mode === SessionMode.SURVEY ? (input.surveyDays ?? 7) * 24 : this.policy.liveJoinHours;
    for (let attempt = 0; ; attempt++) {
      try {
        return await inViewerTransaction(this.dataSource, ctx, async (manager) => {
          const session = await manager.save(
            manager.create(FacilitatedSession, {
              assessmentId: assessment.id,
              councilId: assessment.councilId,
              frameworkId: framework.id,
              mode: input.mode,
              status: SessionStatus.OPEN,
              sectionIds: framework.sections.filter((s) => sectionIds.includes(s.id)).map((s) => s.id),
              joinCode: joinCode ?? newJoinCode(),
              joinCodeExpiresAt: new Date(Date.now() + hours * 3_600_000),
              currentItemId: null,
              createdById: viewerOf(ctx).userId,
            }),
          );
          return this.buildFacilitatorView(ctx, manager, session);
        });
      } catch (error) {
        // Another live session holds the code: draw again (rare: hundreds of millions of codes).
        if (!joinCode && attempt < 5 && isUniqueViolation(error, 'uq_facilitated_session_live_join_code')) continue;
        throw error;
      }
    }
  }

  /** Puts a statement on screen for scoring. Throws WRONG_MODE, SESSION_ENDED or STATEMENT_NOT_IN_SESSION. */
  openStatement(ctx: RequestContext, sessionId: string, itemKey: string): Promise<FacilitatorSessionView> {
    return this.facilitate(ctx, sessionId, async (manager, session, framework) => {
      this.assertLive(session);
      const statement = this.statementOrThrow(framework, session, itemKey);
      await manager
        .createQueryBuilder()
        .insert()
        .into(SessionItemState)
        .values({ sessionId: session.id, itemId: statement.item.id, phase: StatementPhase.SCORING, voteRound: 1, agreedLevelIds: [] })
        .orIgnore()
        .execute();
      await manager.update(FacilitatedSession, { id: session.id }, { currentItemId: statement.item.id });
      return SessionEventKind.STATEMENT_OPENED;
    });
  }

  /** Reveals the current statement's spread and locks its scores. Throws WRONG_MODE, STATEMENT_NOT_OPEN or SESSION_ENDED. */
  reveal(ctx: RequestContext, sessionId: string): Promise<FacilitatorSessionView> {
    return this.facilitate(ctx, sessionId, async (manager, session) => {
      const state = await this.currentStateOrThrow(manager, session);
      if (state.phase !== StatementPhase.SCORING) return null;
      await manager.update(SessionItemState, { sessionId: session.id, itemId: state.itemId }, { phase: StatementPhase.REVEALED });
      return SessionEventKind.REVEALED;
    });
  }

  /** Starts a new vote round on the current statement after debate. Throws NOT_REVEALED, WRONG_MODE or SESSION_ENDED. */
  startRevote(ctx: RequestContext, sessionId: string): Promise<FacilitatorSessionView> {
    return this.facilitate(ctx, sessionId, async (manager, session) => {
      const state = await this.currentStateOrThrow(manager, session);
      if (state.phase === StatementPhase.SCORING)
        throw new SessionError(SessionErrorCode.NOT_REVEALED, 'Reveal the scores before asking for a re-vote.');
      await manager.update(
        SessionItemState,
        { sessionId: session.id, itemId: state.itemId },
        { phase: StatementPhase.SCORING, voteRound: state.voteRound + 1 },
      );
      return SessionEventKind.REVOTE_STARTED;
    });
  }

  /**
   * Records the agreed level (one per dimension), note and evidence for the revealed current
   * statement, and hands the participants' final votes and the agreed rating to the assessment in
   * the same transaction. Throws NOT_REVEALED, STATEMENT_NOT_OPEN, RATING_INVALID or SESSION_ENDED.
   */
  agree(ctx: RequestContext, input: AgreeStatementInput): Promise<FacilitatorSessionView> {
    return this.facilitate(ctx, input.sessionId, async (manager, session, framework) => {
      const state = await this.currentStateOrThrow(manager, session);
      const statement = this.statementOrThrow(framework, session, input.itemKey);
      if (statement.item.id !== state.itemId)
        throw new SessionError(SessionErrorCode.STATEMENT_NOT_OPEN, `"${input.itemKey}" is not the statement on screen.`);
      if (state.phase === StatementPhase.SCORING)
        throw new SessionError(SessionErrorCode.NOT_REVEALED, 'Reveal the scores before recording the agreed level.');
      const levels = this.resolveLevels(framework, input.levels, true);
      await this.handOver(ctx, manager, session, state.itemId, state.voteRound, {
        ratings: levels.map((l) => ({ dimensionId: l.dimension.id, levelId: l.level.id })),
        note: input.note ?? null,
        evidence: input.evidence ?? [],
      });
      await manager.update(
        SessionItemState,
        { sessionId: session.id, itemId: state.itemId },
        { phase: StatementPhase.AGREED, agreedLevelIds: levels.map((l) => l.level.id) },
      );
      return SessionEventKind.AGREED;
    });
  }

  /** "Not important to us": skips a statement of the session; the assessment records it as skipped. Throws STATEMENT_NOT_IN_SESSION or SESSION_ENDED. */
  skip(ctx: RequestContext, sessionId: string, itemKey: string): Promise<FacilitatorSessionView> {
    return this.facilitate(ctx, sessionId, async (manager, session, framework) => {
      const statement = this.statementOrThrow(framework, session, itemKey);
      await this.handOver(ctx, manager, session, statement.item.id, null, null, true);
      await manager
        .createQueryBuilder()
        .insert()
        .into(SessionItemState)
        .values({ sessionId: session.id, itemId: statement.item.id, phase: StatementPhase.SKIPPED, voteRound: 1, agreedLevelIds: [] })
        .orUpdate(['phase', 'agreed_level_ids'], ['session_id', 'item_id'])
        .execute();
      return SessionEventKind.SKIPPED;
    });
  }

  /** Closes or reopens joining; those who joined carry on. Throws SESSION_ENDED. */
  setJoining(ctx: RequestContext, sessionId: string, open: boolean): Promise<FacilitatorSessionView> {
    return this.facilitate(ctx, sessionId, async (manager, session) => {
      const status = open ? SessionStatus.OPEN : SessionStatus.JOINING_CLOSED;
      if (session.status === status) return null;
      await manager.update(FacilitatedSession, { id: session.id }, { status });
      return open ? SessionEventKind.JOINING_REOPENED : SessionEventKind.JOINING_CLOSED;
    });
  }

  /**
   * Ends the session: the latest votes on statements neither agreed nor skipped go to the assessment
   * as participants' responses (a survey's all do), so nothing scored is lost. Throws SESSION_ENDED.
   */
  end(ctx: RequestContext, sessionId: string): Promise<FacilitatorSessionView> {
    return this.facilitate(ctx, sessionId, async (manager, session) => {
      const states = await manager.find(SessionItemState, { where: { sessionId: session.id } });
      const settled = new Set(
        states.filter((s) => s.phase === StatementPhase.AGREED || s.phase === StatementPhase.SKIPPED).map((s) => s.itemId),
      );
      const voted: { item_id: string; vote_round: number }[] = await manager.query(
        `SELECT item_id, max(vote_round) AS vote_round FROM session_vote WHERE session_id = $1 GROUP BY item_id`,
        [session.id],
      );
      for (const { item_id, vote_round } of voted) {
        if (!settled.has(item_id)) await this.handOver(ctx, manager, session, item_id, Number(vote_round), null);
      }
      await manager.update(FacilitatedSession, { id: session.id }, { status: SessionStatus.ENDED, endedAt: new Date() });
      return SessionEventKind.ENDED;
    });
  }

  // Participants

  /**
   * Joins a session by code as a role; returns the device's token (shown once) and its view.
   * Throws TOO_MANY_JOIN_ATTEMPTS, JOIN_CODE_INVALID, JOIN_CODE_EXPIRED, SESSION_ENDED,
   * JOINING_CLOSED or ALREADY_JOINED (the device's token is already in this session: resume instead).
   */
  async join(ctx: RequestContext, existingToken: string | null, input: JoinSessionInput): Promise<JoinSessionResult> {
    const since = new Date(Date.now() - this.policy.joinFailureWindowMinutes * 60_000);
    const failures = await this.dataSource.manager.count(SessionJoinFailure, { where: { ip: ctx.ip, at: MoreThan(since) } });
    if (failures >= this.policy.maxJoinFailuresPerIp)
      throw new SessionError(
        SessionErrorCode.TOO_MANY_JOIN_ATTEMPTS,
        `Too many wrong or expired codes from this connection. Wait ${this.policy.joinFailureWindowMinutes} minutes and try again.`,
      );
    const code = normaliseJoinCode(input.joinCode);
    const refused = async (error: SessionError) => {
      // Recorded outside the refused transaction, so the limit holds across processes and retries.
      await this.dataSource.manager.insert(SessionJoinFailure, { ip: ctx.ip });
      return error;
    };
    if (!isWellFormedJoinCode(code)) throw await refused(this.wrongCode());
    const session = await this.inParticipantScope({ joinCode: code }, (manager) =>
      manager.findOne(FacilitatedSession, { where: { joinCode: code }, order: { createdAt: 'DESC' } }),
    );
    if (!session) throw await refused(this.wrongCode());
    if (session.isEnded)
      throw await refused(
        new SessionError(SessionErrorCode.SESSION_ENDED, 'This session has ended. Ask the facilitator for the new code.'),
      );
    if (session.joinCodeExpiresAt.getTime() <= Date.now())
      throw await refused(
        new SessionError(SessionErrorCode.JOIN_CODE_EXPIRED, 'This code has expired. Ask the facilitator for a new one.'),
      );
    if (session.status === SessionStatus.JOINING_CLOSED)
      throw new SessionError(SessionErrorCode.JOINING_CLOSED, 'The facilitator has closed joining for this session.');

    const token = newParticipantToken();
    const joined = await this.inParticipantScope({ joinCode: code, participantToken: existingToken }, async (manager) => {
      if (existingToken) {
        const existing = await manager.findOne(SessionParticipant, {
          where: { tokenHash: hashParticipantToken(existingToken), sessionId: session.id },
        });
        if (existing)
          throw new SessionError(
            SessionErrorCode.ALREADY_JOINED,
            'This device has already joined this session: carry on where you left off.',
          );
      }
      const participant = await manager.save(
        manager.create(SessionParticipant, {
          sessionId: session.id,
          role: input.role,
          tokenHash: hashParticipantToken(token),
          assessmentParticipantId: null,
        }),
      );
      // From here on the transaction is the new participant's: its own token names it and its session.
      await presentSecrets(manager, { participantSecret: token });
      return Object.assign(new JoinSessionResult(), {
        participantToken: token,
        session: await this.buildParticipantView(manager, session, participant),
      });
    });
    this.events.announce(session.id, SessionEventKind.PARTICIPANT_JOINED);
    return joined;
  }

  /** The participant's view, by its token. Throws PARTICIPANT_TOKEN_INVALID or PARTICIPANT_NOT_IN_SESSION. */
  participantView(_ctx: RequestContext, token: string | null, sessionId: string): Promise<ParticipantSessionView> {
    return this.asParticipant(token, sessionId, async (manager, participant) => {
      const session = await manager.findOneByOrFail(FacilitatedSession, { id: participant.sessionId });
      return this.buildParticipantView(manager, session, participant);
    });
  }

  /**
   * Records (or replaces) the participant's private score for a statement. Throws
   * PARTICIPANT_TOKEN_INVALID, PARTICIPANT_NOT_IN_SESSION, SESSION_ENDED, STATEMENT_NOT_IN_SESSION,
   * STATEMENT_NOT_OPEN (not the one on screen), VOTING_CLOSED (revealed, agreed, skipped, or a
   * survey past its end) or RATING_INVALID.
   */
  async castVote(_ctx: RequestContext, token: string | null, input: CastVoteInput): Promise<ParticipantSessionView> {
    // Shared lock (taken first): votes run side by side, but never across a facilitator's reveal or agreement.
    const view = await this.asParticipant(
      token,
      input.sessionId,
      async (manager, participant) => {
        const session = await manager.findOneByOrFail(FacilitatedSession, { id: participant.sessionId });
        if (session.isEnded) throw this.ended();
        const framework = await this.frameworks.findByIdOrThrow(session.frameworkId);
        const statement = this.statementOrThrow(framework, session, input.itemKey);
        let round = 1;
        let state: SessionItemState | null = null;
        if (session.mode === SessionMode.LIVE) {
          if (session.currentItemId !== statement.item.id)
            throw new SessionError(
              SessionErrorCode.STATEMENT_NOT_OPEN,
              'This statement is not open for scoring: the facilitator has moved on.',
            );
          state = await manager.findOneBy(SessionItemState, { sessionId: session.id, itemId: statement.item.id });
          if (!state || state.phase !== StatementPhase.SCORING)
            throw new SessionError(
              SessionErrorCode.VOTING_CLOSED,
              'Scores for this statement have been revealed; wait for a re-vote or the next statement.',
            );
          round = state.voteRound;
        } else if (session.joinCodeExpiresAt.getTime() <= Date.now()) {
          throw new SessionError(SessionErrorCode.VOTING_CLOSED, 'This survey has closed.');
        } else if (
          await manager.existsBy(SessionItemState, { sessionId: session.id, itemId: statement.item.id, phase: StatementPhase.SKIPPED })
        ) {
          throw new SessionError(SessionErrorCode.VOTING_CLOSED, 'This statement has been skipped as not important to the council.');
        }
        const levels = this.resolveLevels(framework, input.levels, false);
        await manager.upsert(
          SessionVote,
          levels.map((l) => ({
            participantId: participant.id,
            sessionId: session.id,
            itemId: statement.item.id,
            dimensionId: l.dimension.id,
            voteRound: round,
            levelId: l.level.id,
          })),
          ['participantId', 'itemId', 'dimensionId', 'voteRound'],
        );
        // A vote on every dimension is the participant's whole score for the statement: nothing to read back.
        const mine =
          levels.length === framework.dimensions.length
            ? levels.map((l) => ({ itemId: statement.item.id, levelId: l.level.id }))
            : undefined;
        return this.buildParticipantView(manager, session, participant, { state, mine });
      },
      { sharedSessionLock: true },
    );
    // Announced once committed, merged with the room's other votes: see SessionEvents.announce.
    this.events.announce(input.sessionId, SessionEventKind.VOTE_CHANGED);
    return view;
  }

  // Subscriptions

  /** The publish/subscribe engine behind session events, for the schema's subscriptions. */
  get pubSub(): PgPubSub {
    return this.events.pubSub;
  }

  /** Opens the process's connection that hears other processes' session events; called when the app starts. */
  startEvents(): Promise<void> {
    return this.events.start();
  }

  /** Resolves once every vote and join announced so far has been sent (their events leave after the commit). */
  announced(): Promise<void> {
    return this.events.announced();
  }

  /** Closes that connection; called when the app stops. */
  stopEvents(): Promise<void> {
    return this.events.close();
  }

  /**
   * A session's events for its facilitator or one of its participants. Access is checked now, and
   * again before every event (the viewer's sign-in or the participant's token must still be valid);
   * the iteration ends with the error when it no longer is, and after the session's end.
   */
  async subscribe(watcher: SessionWatcher, sessionId: string): Promise<AsyncIterable<SessionEvent>> {
    await this.authorizeWatcher(watcher.request, watcher.participantToken, sessionId);
    // Listening starts here, before the client reads the state, so no change falls between the two.
    const events = await this.events.listen(sessionId);
    const authorize = async () => this.authorizeWatcher(await watcher.reauthorize(), watcher.participantToken, sessionId);
    return {
      [Symbol.asyncIterator]: () => ({
        next: async () => {
          let next = await events.next();
          // A phone shows no counts, so other people's votes and joins do not change it: it is neither
          // told of them nor re-authorised for them, which keeps a room's burst of votes off the pool.
          while (!next.done && watcher.participantToken && COUNT_ONLY_KINDS.has(next.value.kind)) next = await events.next();
          if (next.done) return next;
          try {
            await authorize();
          } catch (error) {
            await events.return?.();
            throw error;
          }
          return next;
        },
        return: async () => {
          await events.return?.();
          return { done: true as const, value: undefined };
        },
      }),
    };
  }

  private async authorizeWatcher(ctx: RequestContext, token: string | null, sessionId: string): Promise<void> {
    if (token) {
      await this.participantOrThrow(token, sessionId);
      return;
    }
    if (!ctx.viewer) throw new AccessError(AccessErrorCode.UNAUTHENTICATED, 'Sign in, or join the session with its code, to follow it.');
    await inViewerTransaction(this.dataSource, ctx, (manager) => this.findForLeadOrThrow(ctx, manager, sessionId));
  }

  // Building blocks

  /** Runs a facilitator's change under an exclusive session lock, publishes its event and returns the new view. */
  private facilitate(
    ctx: RequestContext,
    sessionId: string,
    change: (manager: EntityManager, session: FacilitatedSession, framework: Framework) => Promise<SessionEventKind | null>,
  ): Promise<FacilitatorSessionView> {
    return inViewerTransaction(this.dataSource, ctx, async (manager) => {
      await this.findForLeadOrThrow(ctx, manager, sessionId);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [sessionLockKey(sessionId)]);
      const session = await manager.findOneByOrFail(FacilitatedSession, { id: sessionId });
      if (session.isEnded) throw this.ended();
      const kind = await change(manager, session, await this.frameworks.findByIdOrThrow(session.frameworkId));
      if (kind) await this.events.publish(manager, session.id, kind);
      return this.buildFacilitatorView(ctx, manager, await manager.findOneByOrFail(FacilitatedSession, { id: sessionId }));
    });
  }

  /** Hands one statement's final votes (and the agreed levels, or a skip) to the assessment; records which assessment participant each became. */
  private async handOver(
    ctx: RequestContext,
    manager: EntityManager,
    session: FacilitatedSession,
    itemId: string,
    voteRound: number | null,
    agreed: { ratings: { dimensionId: string; levelId: string }[]; note: string | null; evidence: string[] } | null,
    skipped = false,
  ): Promise<void> {
    const participants = await manager.find(SessionParticipant, { where: { sessionId: session.id } });
    const votes = voteRound === null ? [] : await manager.find(SessionVote, { where: { sessionId: session.id, itemId, voteRound } });
    const responses = participants
      .map((p) => ({
        key: p.id,
        participantId: p.assessmentParticipantId,
        role: p.role,
        ratings: votes.filter((v) => v.participantId === p.id).map((v) => ({ dimensionId: v.dimensionId, levelId: v.levelId })),
      }))
      // Those who did not score keep no response; one handed over earlier is cleared (empty ratings) so a re-vote replaces it.
      .filter((r) => r.ratings.length > 0 || r.participantId !== null);
    const ids = await this.assessments.recordSessionOutcome(ctx, manager, {
      assessmentId: session.assessmentId,
      itemId,
      responses,
      agreed,
      skipped,
    });
    for (const p of participants) {
      const id = ids.get(p.id);
      if (id && id !== p.assessmentParticipantId) await manager.update(SessionParticipant, { id: p.id }, { assessmentParticipantId: id });
    }
  }

  private async findForLeadOrThrow(ctx: RequestContext, manager: EntityManager, sessionId: string): Promise<FacilitatedSession> {
    // Row-level security hides another council's sessions: they are simply not found.
    const session = await manager.findOneBy(FacilitatedSession, { id: sessionId });
    if (!session) throw new SessionError(SessionErrorCode.SESSION_NOT_FOUND, `No session with id ${sessionId}.`);
    assertCanFacilitate(viewerOf(ctx), session.councilId);
    return session;
  }

  /**
   * Runs work as an anonymous participant: the transaction presents only the device's token or the
   * code it is joining with, and PostgreSQL finds the one participant or session they name.
   */
  private inParticipantScope<TResult>(
    scope: { joinCode?: string; participantToken?: string | null; sharedSessionLock?: string },
    work: (manager: EntityManager) => Promise<TResult>,
  ): Promise<TResult> {
    return this.dataSource.transaction(async (manager) => {
      await presentSecrets(
        manager,
        { participantSecret: scope.participantToken, joinCode: scope.joinCode },
        { sharedLock: scope.sharedSessionLock && sessionLockKey(scope.sharedSessionLock) },
      );
      return work(manager);
    });
  }

  /** Resolves the participant by token (and checks it belongs to the session), then runs work scoped to their session. */
  private asParticipant<TResult>(
    token: string | null,
    sessionId: string,
    work: (manager: EntityManager, participant: Participant) => Promise<TResult>,
    { sharedSessionLock = false } = {},
  ): Promise<TResult> {
    const presented = this.presentedTokenOrThrow(token);
    // One transaction: the participant is found and the work done under the same presented token.
    const scope = { participantToken: presented, sharedSessionLock: sharedSessionLock ? sessionId : undefined };
    return this.inParticipantScope(scope, async (manager) =>
      work(manager, await this.participantInScopeOrThrow(manager, presented, sessionId)),
    );
  }

  /** The participant a token names, in one transaction (a subscription checks it before every event). Throws PARTICIPANT_TOKEN_INVALID or PARTICIPANT_NOT_IN_SESSION. */
  private participantOrThrow(token: string | null, sessionId: string): Promise<Participant> {
    const presented = this.presentedTokenOrThrow(token);
    return this.inParticipantScope({ participantToken: presented }, (manager) =>
      this.participantInScopeOrThrow(manager, presented, sessionId),
    );
  }

  private presentedTokenOrThrow(token: string | null): string {
    if (!token)
      throw new SessionError(
        SessionErrorCode.PARTICIPANT_TOKEN_INVALID,
        'Join the session with its code first (no participant token was sent).',
      );
    return token;
  }

  /** The participant the transaction's presented token names. Throws PARTICIPANT_TOKEN_INVALID or PARTICIPANT_NOT_IN_SESSION. */
  private async participantInScopeOrThrow(manager: EntityManager, token: string, sessionId: string): Promise<Participant> {
    const participant = await manager.findOneBy(SessionParticipant, { tokenHash: hashParticipantToken(token) });
    if (!participant)
      throw new SessionError(
        SessionErrorCode.PARTICIPANT_TOKEN_INVALID,
        'This device is not in a session any more: join again with the code.',
      );
    if (participant.sessionId !== sessionId)
      throw new SessionError(SessionErrorCode.PARTICIPANT_NOT_IN_SESSION, 'This device joined a different session.');
    return participant;
  }

  private async currentStateOrThrow(manager: EntityManager, session: FacilitatedSession): Promise<SessionItemState> {
    this.assertLive(session);
    const state = session.currentItemId
      ? await manager.findOneBy(SessionItemState, { sessionId: session.id, itemId: session.currentItemId })
      : null;
    if (!state) throw new SessionError(SessionErrorCode.STATEMENT_NOT_OPEN, 'No statement is on screen: open one first.');
    return state;
  }

  private assertLive(session: FacilitatedSession): void {
    if (session.mode !== SessionMode.LIVE)
      throw new SessionError(SessionErrorCode.WRONG_MODE, 'A survey has no statement on screen: participants score at their own pace.');
  }

  /** The session's statements in order: its sections' items, numbered. */
  private statementsOf(framework: Framework, session: FacilitatedSession): Statement[] {
    const sections = framework.sections.filter((s) => session.sectionIds.includes(s.id));
    const all = sections.flatMap((section) =>
      section.items.map((item, i) => ({ item, section, endsSection: i === section.items.length - 1 })),
    );
    return all.map((s, i) => ({ ...s, number: i + 1, of: all.length }));
  }

  private statementOrThrow(framework: Framework, session: FacilitatedSession, itemKey: string): Statement {
    const statement = this.statementsOf(framework, session).find((s) => s.item.key === itemKey);
    if (!statement)
      throw new SessionError(SessionErrorCode.STATEMENT_NOT_IN_SESSION, `"${itemKey}" is not a statement of this session's sections.`);
    return statement;
  }

  /** Levels by key; `everyDimension` requires one per dimension (agreement), otherwise any subset (a vote). */
  private resolveLevels(
    framework: Framework,
    inputs: DimensionLevelInput[],
    everyDimension: boolean,
  ): { dimension: RatingDimension; level: RatingLevel }[] {
    const seen = new Set<string>();
    const resolved = inputs.map((input) => {
      const dimension = input.dimensionKey
        ? framework.dimensions.find((d) => d.key === input.dimensionKey)
        : framework.dimensions.length === 1
          ? framework.dimensions[0]
          : undefined;
      if (!dimension)
        throw new SessionError(
          SessionErrorCode.RATING_INVALID,
          input.dimensionKey
            ? `"${input.dimensionKey}" is not a dimension of ${framework.key}.`
            : `Say which dimension (${framework.dimensions.map((d) => d.key).join(', ')}) each level is for.`,
        );
      const level = dimension.levels.find((l) => l.key === input.levelKey);
      if (!level)
        throw new SessionError(
          SessionErrorCode.RATING_INVALID,
          `"${input.levelKey}" is not on the ${dimension.key} scale (${dimension.levels.map((l) => l.key).join(', ')}).`,
        );
      if (seen.has(dimension.id)) throw new SessionError(SessionErrorCode.RATING_INVALID, `${dimension.key} is given more than once.`);
      seen.add(dimension.id);
      return { dimension, level };
    });
    if (everyDimension && resolved.length !== framework.dimensions.length)
      throw new SessionError(
        SessionErrorCode.RATING_INVALID,
        `Give a level on every dimension (${framework.dimensions.map((d) => d.key).join(', ')}).`,
      );
    return resolved;
  }

  private async participantsByRole(manager: EntityManager, sessionId: string): Promise<RoleCount[]> {
    const rows: { role: ParticipantRole; n: string }[] = await manager.query(
      `SELECT role, count(*) AS n FROM session_participant WHERE session_id = $1 GROUP BY role`,
      [sessionId],
    );
    return Object.values(ParticipantRole).map((role) =>
      Object.assign(new RoleCount(), { role, count: Number(rows.find((r) => r.role === role)?.n ?? 0) }),
    );
  }

  private async joinDetails(session: FacilitatedSession): Promise<SessionJoinDetails> {
    const joinUrl = `${this.policy.publicOrigin}/join/${session.joinCode}`;
    return Object.assign(new SessionJoinDetails(), {
      joinCode: session.joinCode,
      joinUrl,
      qrSvg: await joinQrSvg(joinUrl),
      expiresAt: session.joinCodeExpiresAt,
    });
  }

  private sessionStatement(framework: Framework, statement: Statement, state: SessionItemState | null): SessionStatement {
    return Object.assign(new SessionStatement(), {
      item: statement.item,
      section: statement.section,
      dimensions: framework.dimensions,
      phase: state?.phase ?? StatementPhase.SCORING,
      voteRound: state?.voteRound ?? 1,
      number: statement.number,
      of: statement.of,
      endsSection: statement.endsSection,
    });
  }

  /**
   * The current statement's state as everyone in the room may see it: count scored, spread once
   * revealed, agreed levels, tips. `counted` is false for a participant's view, which shows no count:
   * its votes are then read only once revealed. `known` is the statement's state row when the caller
   * has just read it in this transaction (a vote).
   */
  private async liveState(
    manager: EntityManager,
    session: FacilitatedSession,
    framework: Framework,
    { counted, known }: { counted: boolean; known?: SessionItemState | null } = { counted: true },
  ) {
    const statement = session.currentItemId
      ? this.statementsOf(framework, session).find((s) => s.item.id === session.currentItemId)
      : undefined;
    if (!statement) return { statement: null, state: null, scoredCount: 0, spread: null, agreedLevels: null, tips: [] as string[] };
    const state =
      known?.itemId === statement.item.id
        ? known
        : await manager.findOneBy(SessionItemState, { sessionId: session.id, itemId: statement.item.id });
    const round = state?.voteRound ?? 1;
    const phase = state?.phase ?? StatementPhase.SCORING;
    const shown = phase === StatementPhase.REVEALED || phase === StatementPhase.AGREED;
    const votes: { participant_id: string; role: string; dimension_id: string; level_id: string }[] =
      counted || shown
        ? await manager.query(
            `SELECT v.participant_id, p.role, v.dimension_id, v.level_id
               FROM session_vote v JOIN session_participant p ON p.id = v.participant_id
              WHERE v.session_id = $1 AND v.item_id = $2 AND v.vote_round = $3`,
            [session.id, statement.item.id, round],
          )
        : [];
    const scoredCount = new Set(votes.map((v) => v.participant_id)).size;
    const spread = shown
      ? framework.dimensions.map((dimension) =>
          this.spreadOf(
            dimension,
            votes.filter((v) => v.dimension_id === dimension.id),
          ),
        )
      : null;
    const agreedLevels =
      phase === StatementPhase.AGREED && state
        ? framework.dimensions.flatMap((dimension) => {
            const level = dimension.levels.find((l) => state.agreedLevelIds.includes(l.id));
            return level ? [Object.assign(new AgreedLevel(), { dimension, level })] : [];
          })
        : null;
    const settled = phase === StatementPhase.AGREED || phase === StatementPhase.SKIPPED;
    const lowAgreed = (agreedLevels ?? []).some((a) => showsTipsBeside(a.level.position, a.dimension.levels.length));
    const tips = settled && (statement.endsSection || lowAgreed) ? statement.section.tips : [];
    return { statement: this.sessionStatement(framework, statement, state), state, scoredCount, spread, agreedLevels, tips };
  }

  private spreadOf(dimension: RatingDimension, votes: { role: string; level_id: string }[]): DimensionSpread {
    const positions = new Map(dimension.levels.map((l) => [l.id, l.position]));
    const spread = revealSpread(
      votes.map((v) => ({ role: v.role, levelPosition: positions.get(v.level_id)! })),
      dimension.levels.length,
    );
    const base = Object.assign(new DimensionSpread(), { dimension, scored: spread.scored, withheld: spread.withheld });
    if (spread.withheld)
      return Object.assign(base, { reason: spread.reason, median: null, levels: [], shownRoles: [], otherRolesCount: 0 });
    return Object.assign(base, {
      reason: null,
      median: spread.median,
      levels: spread.levels.map((tally) =>
        Object.assign(new LevelCount(), {
          level: dimension.levels[tally.position],
          count: tally.count,
          byRole: tally.byRole.map((r) => Object.assign(new RoleCount(), r)),
        }),
      ),
      shownRoles: spread.shownRoles as ParticipantRole[],
      otherRolesCount: spread.otherRolesCount,
    });
  }

  private async buildFacilitatorView(
    ctx: RequestContext,
    manager: EntityManager,
    session: FacilitatedSession,
  ): Promise<FacilitatorSessionView> {
    const framework = await this.frameworks.findByIdOrThrow(session.frameworkId);
    const live = await this.liveState(manager, session, framework);
    const states = await manager.find(SessionItemState, { where: { sessionId: session.id } });
    const inAssessment = await this.assessments.statementStatus(ctx, manager, session.assessmentId);
    const levels = new Map(framework.dimensions.flatMap((d) => d.levels.map((l) => [l.id, { dimension: d, level: l }] as const)));
    let agreed: AgreedOutcome | null = null;
    if (live.statement && live.agreedLevels) {
      const notes = await this.assessments.agreedNoteOf(ctx, manager, session.assessmentId, live.statement.item.id);
      agreed = Object.assign(new AgreedOutcome(), { levels: live.agreedLevels, note: notes.note, evidence: notes.evidence });
    }
    return Object.assign(new FacilitatorSessionView(), {
      session,
      join: await this.joinDetails(session),
      sections: framework.sections.filter((s) => session.sectionIds.includes(s.id)),
      participantsByRole: await this.participantsByRole(manager, session.id),
      current: live.statement,
      scoredCount: live.scoredCount,
      spread: live.spread,
      agreed,
      tips: live.tips,
      statements: this.statementsOf(framework, session).map((s) => {
        const state = states.find((x) => x.itemId === s.item.id);
        return Object.assign(new StatementProgress(), {
          item: s.item,
          sectionId: s.section.id,
          phase: state?.phase ?? null,
          agreedInAssessment: inAssessment.agreedItemIds.has(s.item.id),
          skippedInAssessment: inAssessment.skippedItemIds.has(s.item.id),
          agreed: (state?.agreedLevelIds ?? []).flatMap((id) => {
            const found = levels.get(id);
            return found ? [Object.assign(new AgreedLevel(), found)] : [];
          }),
        });
      }),
    });
  }

  private async buildParticipantView(
    manager: EntityManager,
    session: FacilitatedSession,
    participant: Participant,
    known: { state?: SessionItemState | null; mine?: Pick<SessionVote, 'itemId' | 'levelId'>[] } = {},
  ): Promise<ParticipantSessionView> {
    const framework = await this.frameworks.findByIdOrThrow(session.frameworkId);
    const statements = this.statementsOf(framework, session);
    const levels = new Map(framework.dimensions.flatMap((d) => d.levels.map((l) => [l.id, { dimension: d, level: l }] as const)));
    const ownVotes = (votes: Pick<SessionVote, 'itemId' | 'levelId'>[]) =>
      votes.flatMap((v) => {
        const found = levels.get(v.levelId);
        return found ? [Object.assign(new OwnVote(), { itemId: v.itemId, dimension: found.dimension, level: found.level })] : [];
      });
    const open = !session.isEnded;
    if (session.mode === SessionMode.SURVEY) {
      const states = await manager.find(SessionItemState, { where: { sessionId: session.id } });
      const skipped = new Set(states.filter((s) => s.phase === StatementPhase.SKIPPED).map((s) => s.itemId));
      return Object.assign(new ParticipantSessionView(), {
        sessionId: session.id,
        mode: session.mode,
        status: session.status,
        role: participant.role,
        current: null,
        myVotes: ownVotes(await manager.find(SessionVote, { where: { participantId: participant.id } })),
        canVote: open && session.joinCodeExpiresAt.getTime() > Date.now(),
        spread: null,
        agreedLevels: null,
        tips: [],
        surveyStatements: statements.filter((s) => !skipped.has(s.item.id)).map((s) => this.sessionStatement(framework, s, null)),
        surveyClosesAt: session.joinCodeExpiresAt,
      });
    }
    const live = await this.liveState(manager, session, framework, { counted: false, known: known.state });
    const mine = !live.statement
      ? []
      : known.mine && live.statement.phase === StatementPhase.SCORING
        ? known.mine
        : await manager.find(SessionVote, {
            where: { participantId: participant.id, itemId: live.statement.item.id, voteRound: live.statement.voteRound },
          });
    return Object.assign(new ParticipantSessionView(), {
      sessionId: session.id,
      mode: session.mode,
      status: session.status,
      role: participant.role,
      current: live.statement,
      myVotes: ownVotes(mine),
      canVote: open && live.statement?.phase === StatementPhase.SCORING,
      spread: live.spread,
      agreedLevels: live.agreedLevels,
      tips: live.tips,
      surveyStatements: [],
      surveyClosesAt: null,
    });
  }

  private wrongCode(): SessionError {
    return new SessionError(SessionErrorCode.JOIN_CODE_INVALID, 'No session has this code. Check it against the screen and try again.');
  }

  private ended(): SessionError {
    return new SessionError(SessionErrorCode.SESSION_ENDED, 'This session has ended.');
  }
}
