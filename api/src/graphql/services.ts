import type { DataSource } from 'typeorm';

import type { Config } from '../config';
import { AssessmentService } from '../modules/assessment/assessment.service';
import { AuthService } from '../modules/auth/auth.service';
import { BenchmarkService } from '../modules/benchmark/benchmark.service';
import { CollaborationService } from '../modules/collaboration/collaboration.service';
import { CouncilService } from '../modules/council/council.service';
import { FacilitatedSessionService, PgPubSub, SESSION_EVENTS_CHANNELS, SessionEvents } from '../modules/facilitated-session';
import { FrameworkService } from '../modules/framework/framework.service';
import { PeerGroupService } from '../modules/peer-group/peer-group.service';

/** The data source's connection settings, for the one extra connection that listens for notifications. */
function pgConnectionOf(dataSource: DataSource): { connectionString?: string; application_name?: string } {
  const options = dataSource.options as { url?: string; applicationName?: string };
  return { connectionString: options.url, application_name: `${options.applicationName ?? 'touchstone-api'}-listen` };
}

/** One instance of each service per process; they hold no per-request state. */
export function createServices(dataSource: DataSource, config: Config) {
  const frameworks = new FrameworkService(dataSource);
  const councils = new CouncilService(dataSource);
  const assessments = new AssessmentService(dataSource, frameworks, councils);
  const peerGroups = new PeerGroupService(dataSource);
  const benchmarks = new BenchmarkService(dataSource, frameworks, councils, peerGroups, {
    minOtherCouncils: config.DISCLOSURE_MIN_COUNCILS,
  });
  const auth = new AuthService(dataSource, councils, { ...config.authPolicy });
  const collaboration = new CollaborationService(dataSource, councils);
  // Connects only when the app starts (startApp), so building the schema needs no database.
  const pubSub = new PgPubSub(pgConnectionOf(dataSource), SESSION_EVENTS_CHANNELS);
  const sessions = new FacilitatedSessionService(dataSource, assessments, frameworks, new SessionEvents(pubSub), config.sessionPolicy);
  return { frameworks, councils, assessments, peerGroups, benchmarks, auth, collaboration, pubSub, sessions };
}

export type Services = ReturnType<typeof createServices>;
