/**
 * The improvement-plan module's public surface: what other modules and the application may use.
 * Other modules never read the plan tables; they call ImprovementPlanService.
 *
 * HTTP endpoints (mounted by the application, authenticated by the session cookie or a bearer token):
 *   GET  /exports/plan.xlsx?planId=…               the plan as a spreadsheet, with its context sheet
 *   GET  /exports/plan.csv?planId=…                the plan as CSV, context lines first
 *   GET  /exports/committee-report.pdf?planId=…    the committee report (A4 PDF)
 *   GET  /exports/plan-template.xlsx               an empty plan laid out for import
 *   POST /plans/import?planId=…&mode=preview|import  body: the .xlsx or .csv file itself
 *        (Content-Type application/octet-stream, or the file's own type; X-File-Name: its name).
 *        Answers { mode, imported, planId, preview: PlanImportPreview }: 200, or 422 when an import found problems
 *        and stored nothing; 401, 403, 404, 413 (over 5 MB) and 415 carry { ok: false, problems: [{ message }] }.
 */
export { CommitteeReportService } from './committee-report.service';
export { loadDemoPlan, DEMO_PLAN_COUNCIL, DEMO_PLAN_TITLE } from './demo-plan';
export type { PlanImportPreview, PreviewRow } from './import/preview';
export { ImprovementPlan } from './improvement-plan.entity';
export { ImprovementPlanErrorCode, ImprovementPlanError } from './improvement-plan.errors';
export { createPlanRouter } from './improvement-plan.http';
export { ImprovementPlanResolver } from './improvement-plan.resolver';
export { ImprovementPlanService } from './improvement-plan.service';
export { PlanAction } from './plan-action.entity';
export { PlanChallenge, PlanSourceKind } from './plan-challenge.entity';
export { PlanHeading } from './plan-heading.entity';
export { RagStatus } from './plan-status';
export { ProgressUpdate } from './progress-update.entity';

/** Every entity of the module, for the data source. */
export { IMPROVEMENT_PLAN_ENTITIES } from './improvement-plan.entities';
