import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';

import { authChecker } from '../common/auth/auth-checker';
import { AssessmentResolver } from '../modules/assessment/assessment.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { BenchmarkResolver } from '../modules/benchmark/benchmark.resolver';
import { CollaborationResolver } from '../modules/collaboration/collaboration.resolver';
import { CouncilResolver } from '../modules/council/council.resolver';
import { FrameworkResolver } from '../modules/framework/framework.resolver';
import { ImprovementPlanResolver } from '../modules/improvement-plan/improvement-plan.resolver';

import type { Services } from './services';

/** Builds the executable schema; resolvers are constructed once, over the process's services. */
export function createSchema(services: Services): Promise<GraphQLSchema> {
  const resolvers = new Map<Function, object>([
    [FrameworkResolver, new FrameworkResolver(services.frameworks)],
    [CouncilResolver, new CouncilResolver(services.councils)],
    [AssessmentResolver, new AssessmentResolver(services.assessments, services.councils, services.frameworks)],
    [BenchmarkResolver, new BenchmarkResolver(services.benchmarks, services.peerGroups)],
    [AuthResolver, new AuthResolver(services.auth)],
    [CollaborationResolver, new CollaborationResolver(services.collaboration)],
    [ImprovementPlanResolver, new ImprovementPlanResolver(services.plans, services.frameworks)],
  ]);
  return buildSchema({
    resolvers: [
      FrameworkResolver,
      CouncilResolver,
      AssessmentResolver,
      BenchmarkResolver,
      AuthResolver,
      CollaborationResolver,
      ImprovementPlanResolver,
    ],
    authChecker,
    container: { get: (someClass) => resolvers.get(someClass as Function) },
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
