/** Everything this module uses from other modules, each through that module's index, in one place. */
export { AssessmentStatus, type AssessmentService } from '../assessment/index';
export { AuditAction, type AuditService } from '../audit/index';
export { BenchmarkScope, type BenchmarkService, CouncilPositionArgs, type CouncilPosition, type DimensionMatrix } from '../benchmark/index';
export { Council, type CouncilService } from '../council/index';
export { Framework, FrameworkItem, FrameworkSection, type FrameworkService, RatingLevel } from '../framework/index';
