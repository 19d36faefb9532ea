import { Resolver } from 'type-graphql';

import { AuthorizedQuery } from '../../common/graphql/operations';

import { PeerGroup } from './peer-group';
import type { PeerGroupService } from './peer-group.service';

@Resolver(() => PeerGroup)
export class PeerGroupResolver {
  constructor(private readonly peerGroupService: PeerGroupService) {}

  @AuthorizedQuery(() => [PeerGroup], 'The fixed peer groups: all councils, each type, each region, each circumstance.')
  peerGroups(): Promise<PeerGroup[]> {
    return this.peerGroupService.findAll();
  }
}
