import { defineModule, type ServiceDeps } from '../../common/module';

import type { AssessmentService, FrameworkService } from './dependencies';
import { FacilitatedSession } from './facilitated-session.entity';
import { SESSION_ERROR_CLASSES } from './facilitated-session.errors';
import { FacilitatedSessionResolver } from './facilitated-session.resolver';
import { FacilitatedSessionService } from './facilitated-session.service';
import { PgPubSub } from './pg-pub-sub';
import { SessionItemState } from './session-item-state.entity';
import { SessionJoinFailure } from './session-join-attempt.entity';
import { SessionParticipant } from './session-participant.entity';
import { SessionVote } from './session-vote.entity';
import { SESSION_EVENTS_CHANNELS, SessionEvents } from './session.events';

/** The data source's connection settings, for the one extra connection that listens for notifications. */
function listenConnectionOf(deps: ServiceDeps<unknown>): { connectionString?: string; application_name?: string } {
  const options = deps.dataSource.options as { url?: string; applicationName?: string; replication?: { master: { url?: string } } };
  // Notifications are sent on the primary, so a replicated data source listens there too.
  return {
    connectionString: options.url ?? options.replication?.master.url,
    application_name: `${options.applicationName ?? 'touchstone-api'}-listen`,
  };
}

/** Facilitated sessions: anonymous scoring on phones, the reveal, the agreed view, live across API processes. */
export const facilitatedSessionModule = defineModule({
  name: 'facilitatedSession',
  entities: [FacilitatedSession, SessionParticipant, SessionVote, SessionItemState, SessionJoinFailure],
  createService: (deps: ServiceDeps<{ assessment: AssessmentService; framework: FrameworkService }>) =>
    new FacilitatedSessionService(
      deps.dataSource,
      deps.services.assessment,
      deps.services.framework,
      // Connects only when the app starts, so building the schema needs no database.
      new SessionEvents(new PgPubSub(listenConnectionOf(deps), SESSION_EVENTS_CHANNELS), deps.dataSource),
      deps.config.sessionPolicy,
    ),
  resolvers: [{ resolver: FacilitatedSessionResolver, create: (services) => new FacilitatedSessionResolver(services.facilitatedSession) }],
  pubSub: (service) => service.pubSub,
  // The listening connection opens with the app and closes with it.
  lifecycle: { start: (service) => service.startEvents(), stop: (service) => service.stopEvents() },
  errorCodes: SESSION_ERROR_CLASSES,
});
