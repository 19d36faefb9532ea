import { defineModule, type ServiceDeps } from '../../common/module';
import type { CouncilService } from '../council/index';

import { PEER_GROUP_ERROR_CLASSES } from './peer-group.errors';
import { PeerGroupResolver } from './peer-group.resolver';
import { PeerGroupService } from './peer-group.service';

/** Fixed peer groups, defined by rules over councils' facts, and who is in them in a round. */
export const peerGroupModule = defineModule({
  name: 'peerGroup',
  entities: [],
  createService: ({ config, services }: ServiceDeps<{ council: CouncilService }>) =>
    new PeerGroupService(services.council, config.DISCLOSURE_MIN_COUNCILS),
  resolvers: [{ resolver: PeerGroupResolver, create: (services) => new PeerGroupResolver(services.peerGroup) }],
  errorCodes: PEER_GROUP_ERROR_CLASSES,
});
