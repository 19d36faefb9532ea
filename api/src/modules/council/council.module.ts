import { defineModule, type ServiceDeps } from '../../common/module';
import type { AuditService } from '../audit/index';

import { Council } from './council.entity';
import { COUNCIL_ERROR_CLASSES } from './council.errors';
import { CouncilCircumstance } from './council-circumstance.entity';
import { CouncilCircumstanceResolver } from './council-circumstance.resolver';
import { CouncilResolver } from './council.resolver';
import { CouncilService } from './council.service';

/** English authorities from the reference data and their circumstances. */
export const councilModule = defineModule({
  name: 'council',
  entities: [Council, CouncilCircumstance],
  createService: ({ dataSource, services }: ServiceDeps<{ audit: AuditService }>) => new CouncilService(dataSource, services.audit),
  resolvers: [
    { resolver: CouncilResolver, create: (services) => new CouncilResolver(services.council) },
    { resolver: CouncilCircumstanceResolver, create: () => new CouncilCircumstanceResolver() },
  ],
  errorCodes: COUNCIL_ERROR_CLASSES,
});
