import { defineModule, type ServiceDeps } from '../../common/module';
import type { AuditService } from '../audit/index';
import type { CouncilService } from '../council/index';
import type { FrameworkService } from '../framework/index';

import { COLLABORATION_ERROR_CLASSES } from './collaboration.errors';
import { CollaborationGroup } from './collaboration-group.entity';
import { CollaborationMember } from './collaboration-member.entity';
import { CollaborationResolver } from './collaboration.resolver';
import { CollaborationService } from './collaboration.service';
import { CollaborationAdministrationResolver } from './collaboration-administration.resolver';
import { CollaborationAdministrationService } from './collaboration-administration.service';
import { PasSharing } from './pas-sharing.entity';

/** Collaboration groups and their identified comparison, members' consent, and sharing with PAS. */
export const collaborationModule = defineModule({
  name: 'collaboration',
  entities: [CollaborationGroup, CollaborationMember, PasSharing],
  createService: ({ dataSource, services }: ServiceDeps<{ council: CouncilService; framework: FrameworkService; audit: AuditService }>) =>
    Object.assign(new CollaborationService(dataSource, services.council, services.framework, services.audit), {
      administration: new CollaborationAdministrationService(dataSource, services.council, services.audit),
    }),
  resolvers: [
    { resolver: CollaborationResolver, create: (services) => new CollaborationResolver(services.collaboration) },
    {
      resolver: CollaborationAdministrationResolver,
      create: (services) => new CollaborationAdministrationResolver(services.collaboration.administration),
    },
  ],
  errorCodes: COLLABORATION_ERROR_CLASSES,
});
