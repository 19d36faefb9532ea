import type { DataSource } from 'typeorm';

import type { Config } from '../config';
import { AssessmentService } from '../modules/assessment/assessment.service';
import { AuthService } from '../modules/auth/auth.service';
import { BenchmarkService } from '../modules/benchmark/benchmark.service';
import { CollaborationService } from '../modules/collaboration/collaboration.service';
import { CouncilService } from '../modules/council/council.service';
import { FrameworkService } from '../modules/framework/framework.service';
import { CommitteeReportService } from '../modules/improvement-plan/committee-report.service';
import { ImprovementPlanService } from '../modules/improvement-plan/improvement-plan.service';
import { PeerGroupService } from '../modules/peer-group/peer-group.service';

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
  const plans = new ImprovementPlanService(dataSource, frameworks, councils, assessments);
  const planReports = new CommitteeReportService(plans, benchmarks, config.DISCLOSURE_MIN_COUNCILS);
  return { frameworks, councils, assessments, peerGroups, benchmarks, auth, collaboration, plans, planReports };
}

export type Services = ReturnType<typeof createServices>;
