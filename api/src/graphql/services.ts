import type { DataSource } from 'typeorm';

import type { Config } from '../config';
import { AssessmentService } from '../modules/assessment/assessment.service';
import { BenchmarkService } from '../modules/benchmark/benchmark.service';
import { CouncilService } from '../modules/council/council.service';
import { FrameworkService } from '../modules/framework/framework.service';

/** One instance of each service per process; they hold no per-request state. */
export function createServices(dataSource: DataSource, config: Config) {
  const frameworks = new FrameworkService(dataSource);
  const councils = new CouncilService(dataSource);
  const assessments = new AssessmentService(dataSource, frameworks, councils);
  const benchmarks = new BenchmarkService(dataSource, frameworks, councils, { minOtherCouncils: config.DISCLOSURE_MIN_COUNCILS });
  return { frameworks, councils, assessments, benchmarks };
}

export type Services = ReturnType<typeof createServices>;
