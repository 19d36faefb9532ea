import { type DataSource, In } from 'typeorm';

import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { assertCanSeePasSharing, assertIsAdministrator } from '../../common/auth/access-policy';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { AuditAction, type AuditService } from '../audit/index';
import type { Council, CouncilService } from '../council/index';

import { CollaborationError, CollaborationErrorCode } from './collaboration.errors';
import { CollaborationGroup } from './collaboration-group.entity';
import { CollaborationMember } from './collaboration-member.entity';
import type { InviteCouncilsToGroupInput } from './dto/collaboration-administration.inputs';
import { addGroupMembers, councilsByGssCode } from './group-members';
import { PasSharing } from './pas-sharing.entity';

/** Administration of sharing: adding councils to collaboration groups, and who shares with PAS. */
export class CollaborationAdministrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly councils: CouncilService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Adds councils to a group (administrators only); councils already in it are left as they are, and
   * new members share nothing until their lead consents. Returns the group. Throws GROUP_NOT_FOUND.
   */
  async inviteCouncils(ctx: RequestContext, input: InviteCouncilsToGroupInput): Promise<CollaborationGroup> {
    assertIsAdministrator(viewerOf(ctx));
    const councils = await councilsByGssCode(ctx, this.councils, input.councilGssCodes);
    await inViewerTransaction(this.dataSource, ctx, async (manager) => {
      const group = await manager.findOne(CollaborationGroup, { where: { id: input.groupId }, lock: { mode: 'pessimistic_write' } });
      if (!group) throw new CollaborationError(CollaborationErrorCode.GROUP_NOT_FOUND, `No collaboration group with id ${input.groupId}.`);
      const existing = new Set(
        (await manager.find(CollaborationMember, { where: { groupId: group.id, councilId: In(councils.map((c) => c.id)) } })).map(
          (m) => m.councilId,
        ),
      );
      const added = councils.filter((c) => !existing.has(c.id));
      if (added.length === 0) return;
      await addGroupMembers(ctx, manager, this.audit, {
        group,
        councils: added,
        action: AuditAction.COLLABORATION_COUNCILS_INVITED,
        summary: `Invited ${added.map((c) => c.name).join(', ')}`,
      });
    });
    return this.dataSource.manager.findOneOrFail(CollaborationGroup, {
      where: { id: input.groupId },
      relations: { members: { council: true } },
    });
  }

  /** The councils that share their identified results with PAS, by name (administrators and PAS). */
  async pasSharingCouncils(ctx: RequestContext): Promise<{ council: Council; sharedAt: Date }[]> {
    assertCanSeePasSharing(viewerOf(ctx));
    const shared = await this.dataSource.manager.find(PasSharing, { relations: { council: true } });
    return shared.map((s) => ({ council: s.council, sharedAt: s.sharedAt })).sort((a, b) => a.council.name.localeCompare(b.council.name));
  }
}
