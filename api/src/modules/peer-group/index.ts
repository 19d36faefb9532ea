/** The peer-group module's public surface: what other modules, the composition root, scripts and tests may use. */
export { CIRCUMSTANCE_GROUPS, fixedPeerGroups, PeerGroup, PeerGroupKind } from './peer-group';
export { peerGroupModule } from './peer-group.module';
export { PeerGroupService } from './peer-group.service';
