/** What other modules, the composition root, scripts and tests may use of facilitated sessions. */
export { DEMO_JOIN_CODE, ensureDemoSession } from './demo-session';
export { SessionEvent, SessionEventKind } from './dto/session-event.type';
export { SessionMode, SessionStatus } from './facilitated-session.entity';
export { SessionError, SessionErrorCode } from './facilitated-session.errors';
export { facilitatedSessionModule } from './facilitated-session.module';
export { FacilitatedSessionService, PARTICIPANT_TOKEN_HEADER } from './facilitated-session.service';
export { MIN_SCORES_PER_ROLE, MIN_SCORES_TO_REVEAL } from './reveal-rules';
export { StatementPhase } from './session-item-state.entity';
export { type SessionGraphQLContext } from './session.events';
