import { Authorized, Query, Resolver } from 'type-graphql';

import { PeerGroup } from './peer-group';
import type { PeerGroupService } from './peer-group.service';

@Resolver(() => PeerGroup)
export class PeerGroupResolver {
  constructor(private readonly peerGroupService: PeerGroupService) {}

  @Authorized()
  @Query(() => [PeerGroup], { description: 'The fixed peer groups: all councils, each type, each region, each circumstance.' })
  peerGroups(): Promise<PeerGroup[]> {
    return this.peerGroupService.findAll();
  }
}
