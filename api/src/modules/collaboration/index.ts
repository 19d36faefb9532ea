/** The collaboration module's public surface: what other modules, the composition root, scripts and tests may use. */
export { CollaborationGroup } from './collaboration-group.entity';
export { CollaborationMember } from './collaboration-member.entity';
export { collaborationModule } from './collaboration.module';
export { CollaborationService } from './collaboration.service';
export { consentingPartnerIdsSql, PAS_SHARING_COUNCIL_IDS_SQL } from './council-access.reads';
export { PasSharing } from './pas-sharing.entity';
