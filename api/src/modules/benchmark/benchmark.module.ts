import { readReplicaOf } from '../../common/database/read-replica';
import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { defineModule, type ServiceDeps } from '../../common/module';
import type { CouncilService } from '../council/index';
import type { FrameworkService } from '../framework/index';
import type { PeerGroupService } from '../peer-group/index';

import { BenchmarkErrorCode } from './benchmark.errors';
import { BenchmarkResolver } from './benchmark.resolver';
import { BenchmarkService } from './benchmark.service';
import { BenchmarkRelease } from './benchmark-release.entity';
import { ReleaseLedger } from './release-ledger';
import { FigureRulesResolver } from './figure-rules.resolver';

/** Where councils stand against their peers: every anonymised figure, through disclosure control. */
export const benchmarkModule = defineModule({
  name: 'benchmark',
  entities: [BenchmarkRelease],
  createService: ({
    dataSource,
    config,
    services,
  }: ServiceDeps<{ framework: FrameworkService; council: CouncilService; peerGroup: PeerGroupService }>) => {
    const policy = { minOtherCouncils: config.DISCLOSURE_MIN_COUNCILS };
    // Benchmark reads run on the read replica when one is configured (DATABASE_REPLICA_URL); the
    // release ledger writes, so it keeps to the primary.
    return new BenchmarkService(
      readReplicaOf(dataSource),
      services.framework,
      services.council,
      services.peerGroup,
      policy,
      new ReleaseLedger(dataSource, policy),
      config.RECORDED_RELEASES_MAX_BYTES,
    );
  },
  resolvers: [
    { resolver: BenchmarkResolver, create: (services) => new BenchmarkResolver(services.benchmark) },
    { resolver: FigureRulesResolver, create: (services) => new FigureRulesResolver(services.benchmark) },
  ],
  errorCodes: {
    [BenchmarkErrorCode.DIMENSION_NOT_FOUND]: 'BAD_USER_INPUT',
    [BenchmarkErrorCode.SECTION_NOT_FOUND]: 'BAD_USER_INPUT',
  } satisfies Record<BenchmarkErrorCode, GraphQLErrorClass>,
});
