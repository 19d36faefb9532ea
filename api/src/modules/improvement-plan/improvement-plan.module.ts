import { defineModule, type ServiceDeps } from '../../common/module';

import { CommitteeReportService } from './committee-report.service';
import type { AssessmentService, AuditService, BenchmarkService, CouncilService, FrameworkService } from './dependencies';
import { IMPROVEMENT_PLAN_ENTITIES } from './improvement-plan.entities';
import { IMPROVEMENT_PLAN_ERROR_CLASSES } from './improvement-plan.errors';
import { ImprovementPlanResolver } from './improvement-plan.resolver';
import { ImprovementPlanService } from './improvement-plan.service';

type Needs = {
  framework: FrameworkService;
  council: CouncilService;
  assessment: AssessmentService;
  benchmark: BenchmarkService;
  audit: AuditService;
};

/** A council's improvement plan, its spreadsheets and its committee report (which reads the council's position). */
export const improvementPlanModule = defineModule({
  name: 'improvementPlan',
  entities: IMPROVEMENT_PLAN_ENTITIES,
  createService: ({ dataSource, config, services }: ServiceDeps<Needs>) => {
    const plans = new ImprovementPlanService(dataSource, services.framework, services.council, services.assessment, services.audit);
    return { plans, reports: new CommitteeReportService(plans, services.benchmark, config.DISCLOSURE_MIN_COUNCILS) };
  },
  resolvers: [
    {
      resolver: ImprovementPlanResolver,
      create: (services) => new ImprovementPlanResolver(services.improvementPlan.plans, services.framework, services.council),
    },
  ],
  errorCodes: IMPROVEMENT_PLAN_ERROR_CLASSES,
});
