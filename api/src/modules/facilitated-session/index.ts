/** What other modules may use of facilitated sessions. */
export { FacilitatedSessionService } from './facilitated-session.service';
export { FacilitatedSessionResolver } from './facilitated-session.resolver';
export { SessionErrorCode, SessionError } from './facilitated-session.errors';
export { SessionEvent, SessionEventKind } from './dto/session-event.type';
export { PgPubSub } from './pg-pub-sub';
export { SESSION_EVENTS_CHANNELS, SessionEvents } from './session.events';
export { SessionMode, SessionStatus } from './facilitated-session.entity';
export { StatementPhase } from './session-item-state.entity';
export { MIN_SCORES_PER_ROLE, MIN_SCORES_TO_REVEAL } from './reveal-rules';
export { PARTICIPANT_TOKEN_HEADER } from './facilitated-session.service';
export { DEMO_JOIN_CODE, ensureDemoSession } from './demo-session';
