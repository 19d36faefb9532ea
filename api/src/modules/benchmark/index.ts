/** The benchmark module's public surface: what other modules, the composition root, scripts and tests may use. */
export { groupStatsRead, levelPairsRead, membersHash, refreshPeerDistributionsRead, submittingRead } from './benchmark.reads';
export { benchmarkModule } from './benchmark.module';
export { BenchmarkService } from './benchmark.service';
export { DISCLOSURE_FLOOR, SUPPRESSED_SYMBOL } from './disclosure';
export { BenchmarkScope } from './dto/benchmark.types';
