/** The benchmark module's public surface: what other modules, the composition root, scripts and tests may use. */
export { groupStatsRead, levelPairsRead, membersHash, refreshPeerDistributionsRead, submittingRead } from './benchmark.reads';
export { benchmarkModule } from './benchmark.module';
export { BenchmarkService } from './benchmark.service';
export { DISCLOSURE_FLOOR, SUPPRESSED_SYMBOL } from './disclosure';
export { CouncilPositionArgs } from './dto/benchmark.args';
export { BenchmarkScope, type CouncilPosition, type DimensionMatrix } from './dto/benchmark.types';
