import { type DataSource, In } from 'typeorm';

import { assertIsAdministrator, assertIsLeadOf } from '../../common/auth/access-policy';
import { UserRole } from '../../common/auth/viewer';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { type RequestContext, viewerOf } from '../../common/request-context';
import type { CouncilService } from '../council/council.service';

import { CollaborationError, CollaborationErrorCode } from './collaboration.errors';
import { CollaborationGroup } from './collaboration-group.entity';
import { CollaborationMember } from './collaboration-member.entity';
import type { CreateCollaborationGroupInput } from './dto/collaboration.inputs';
import { PasSharing } from './pas-sharing.entity';

/** Collaboration groups, their members' consent to identified sharing, and sharing with PAS. */
export class CollaborationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly councils: CouncilService,
  ) {}

  /** Groups the viewer's council belongs to (every group for an administrator), with members. */
  async findGroups(ctx: RequestContext): Promise<CollaborationGroup[]> {
    const viewer = viewerOf(ctx);
    const groupIds =
      viewer.role === UserRole.ADMINISTRATOR
        ? undefined
        : (
            await this.dataSource.manager.find(CollaborationMember, {
              where: { councilId: viewer.councilId ?? '00000000-0000-0000-0000-000000000000' },
            })
          ).map((m) => m.groupId);
    return this.dataSource.manager.find(CollaborationGroup, {
      where: groupIds ? { id: In(groupIds) } : {},
      relations: { members: { council: true } },
      order: { name: 'ASC' },
    });
  }

  /** Creates a group (administrators only); no member shares anything until its lead consents. Throws GROUP_EXISTS. */
  async createGroup(ctx: RequestContext, input: CreateCollaborationGroupInput): Promise<CollaborationGroup> {
    assertIsAdministrator(viewerOf(ctx));
    const councils = await Promise.all([...new Set(input.councilGssCodes)].map((code) => this.councils.findByGssCodeOrThrow(ctx, code)));
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const group = await manager.save(manager.create(CollaborationGroup, { name: input.name.trim(), description: input.description }));
        await manager.insert(
          CollaborationMember,
          councils.map((c) => ({ groupId: group.id, councilId: c.id, consentedAt: null })),
        );
        return group.id;
      });
      return this.findGroupOrThrow(id);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_collaboration_group_name'))
        throw new CollaborationError(CollaborationErrorCode.GROUP_EXISTS, `A group called "${input.name}" already exists.`);
      throw error;
    }
  }

  /** The viewer's council's lead gives or withdraws consent to identified sharing in the group. Throws NOT_A_MEMBER. */
  async setConsent(ctx: RequestContext, groupId: string, consent: boolean): Promise<CollaborationGroup> {
    const viewer = viewerOf(ctx);
    const group = await this.findGroupOrThrow(groupId);
    const member = group.members.find((m) => m.councilId === viewer.councilId);
    if (!member || !viewer.councilId)
      throw new CollaborationError(CollaborationErrorCode.NOT_A_MEMBER, 'Your council is not a member of this group.');
    assertIsLeadOf(viewer, viewer.councilId);
    await this.dataSource.manager.update(
      CollaborationMember,
      { groupId, councilId: viewer.councilId },
      { consentedAt: consent ? new Date() : null, consentedById: consent ? viewer.userId : null },
    );
    return this.findGroupOrThrow(groupId);
  }

  /** Whether the viewer's council shares its identified results with PAS. */
  async sharesWithPas(ctx: RequestContext): Promise<boolean> {
    const councilId = viewerOf(ctx).councilId;
    return councilId ? this.dataSource.manager.exists(PasSharing, { where: { councilId } }) : false;
  }

  /** The viewer's council's lead starts or stops sharing identified results with PAS. */
  async setPasSharing(ctx: RequestContext, share: boolean): Promise<boolean> {
    const viewer = viewerOf(ctx);
    if (!viewer.councilId) throw new CollaborationError(CollaborationErrorCode.NOT_A_MEMBER, 'Only a council can share its results.');
    assertIsLeadOf(viewer, viewer.councilId);
    if (share) await this.dataSource.manager.upsert(PasSharing, { councilId: viewer.councilId, sharedById: viewer.userId }, ['councilId']);
    else await this.dataSource.manager.delete(PasSharing, { councilId: viewer.councilId });
    return share;
  }

  private async findGroupOrThrow(id: string): Promise<CollaborationGroup> {
    const group = await this.dataSource.manager.findOne(CollaborationGroup, { where: { id }, relations: { members: { council: true } } });
    if (!group) throw new CollaborationError(CollaborationErrorCode.GROUP_NOT_FOUND, `No collaboration group with id ${id}.`);
    return group;
  }
}
