/**
 * Everything this module uses from other modules, in one place, so the module's reach is visible
 * and the change to the other modules' public surfaces (their index.ts) is one file's edit.
 */
export { AssessmentStatus } from '../assessment/assessment.entity';
export type { AssessmentService } from '../assessment/assessment.service';
export type { BenchmarkService } from '../benchmark/benchmark.service';
export { BenchmarkScope } from '../benchmark/dto/benchmark.types';
export type { CouncilPosition, DimensionMatrix } from '../benchmark/dto/benchmark.types';
export { Council } from '../council/council.entity';
export type { CouncilService } from '../council/council.service';
export { Framework } from '../framework/framework.entity';
export type { FrameworkService } from '../framework/framework.service';
export { CouncilPositionArgs } from '../benchmark/dto/benchmark.args';
