import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { defineModule, type ServiceDeps } from '../../common/module';

import { CommitteeReportService } from './committee-report.service';
import type { AssessmentService, AuditService, BenchmarkService, CouncilService, FrameworkService } from './dependencies';
import { IMPROVEMENT_PLAN_ENTITIES } from './improvement-plan.entities';
import { ImprovementPlanErrorCode } from './improvement-plan.errors';
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
  errorCodes: {
    [ImprovementPlanErrorCode.PLAN_NOT_FOUND]: 'NOT_FOUND',
    [ImprovementPlanErrorCode.PLAN_HEADING_NOT_FOUND]: 'NOT_FOUND',
    [ImprovementPlanErrorCode.PLAN_CHALLENGE_NOT_FOUND]: 'NOT_FOUND',
    [ImprovementPlanErrorCode.PLAN_ACTION_NOT_FOUND]: 'NOT_FOUND',
    [ImprovementPlanErrorCode.PLAN_HEADING_EXISTS]: 'CONFLICT',
    [ImprovementPlanErrorCode.PLAN_TARGET_UNREADABLE]: 'BAD_USER_INPUT',
    [ImprovementPlanErrorCode.PLAN_SOURCE_NOT_FOUND]: 'BAD_USER_INPUT',
    [ImprovementPlanErrorCode.PLAN_SOURCE_INVALID]: 'BAD_USER_INPUT',
    [ImprovementPlanErrorCode.PROGRESS_DATE_INVALID]: 'BAD_USER_INPUT',
    [ImprovementPlanErrorCode.PLAN_IMPORT_INVALID]: 'BAD_USER_INPUT',
  } satisfies Record<ImprovementPlanErrorCode, GraphQLErrorClass>,
});
