import { type DataSource, In } from 'typeorm';

import { assertCanReadAgreedRatings, assertIsAdministrator, assertIsLeadOf, councilAccess } from '../../common/auth/access-policy';
import { UserRole } from '../../common/auth/viewer';
import { isUniqueViolation } from '../../common/database/postgres-errors';
import { inViewerTransaction } from '../../common/database/viewer-transaction';
import { type RequestContext, viewerOf } from '../../common/request-context';
import { type SubmittedAgreedRatingRow, submittedAgreedRatingsRead } from '../assessment/index';
import { AuditAction, type AuditService } from '../audit/index';
import type { Council, CouncilService } from '../council/index';
import type { FrameworkService } from '../framework/index';

import { CollaborationError, CollaborationErrorCode } from './collaboration.errors';
import { CollaborationGroup } from './collaboration-group.entity';
import { CollaborationMember } from './collaboration-member.entity';
import { consentingPartnerIdsSql, PAS_SHARING_COUNCIL_IDS_SQL } from './council-access.reads';
import type { CollaborationComparisonArgs } from './dto/collaboration-comparison.args';
import { CollaborationComparison, CollaborationRow } from './dto/collaboration-comparison.type';
import type { CreateCollaborationGroupInput } from './dto/collaboration.inputs';
import { addGroupMembers, councilsByGssCode } from './group-members';
import { PasSharing } from './pas-sharing.entity';

/** Collaboration groups, their members' consent to identified sharing, and sharing with PAS. */
export class CollaborationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly councils: CouncilService,
    private readonly frameworks: FrameworkService,
    private readonly audit: AuditService,
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
    const councils = await councilsByGssCode(ctx, this.councils, input.councilGssCodes);
    try {
      const id = await inViewerTransaction(this.dataSource, ctx, async (manager) => {
        const group = await manager.save(manager.create(CollaborationGroup, { name: input.name.trim(), description: input.description }));
        await addGroupMembers(ctx, manager, this.audit, {
          group,
          councils,
          action: AuditAction.COLLABORATION_GROUP_CREATED,
          summary: `Created the group with ${councils.map((c) => c.name).join(', ')}`,
        });
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
    const councilId = viewer.councilId;
    await inViewerTransaction(this.dataSource, ctx, async (manager) => {
      await manager.update(
        CollaborationMember,
        { groupId, councilId },
        { consentedAt: consent ? new Date() : null, consentedById: consent ? viewer.userId : null },
      );
      await this.audit.record(
        ctx,
        {
          action: consent ? AuditAction.COLLABORATION_CONSENT_GIVEN : AuditAction.COLLABORATION_CONSENT_WITHDRAWN,
          subjectType: 'collaboration group',
          subject: group.name,
          summary: `${member.council.name} ${consent ? 'consented to identified sharing' : 'withdrew consent to identified sharing'}`,
        },
        manager,
      );
    });
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
    const councilId = viewer.councilId;
    const council = (await this.councils.findByIds([councilId]))[0];
    await inViewerTransaction(this.dataSource, ctx, async (manager) => {
      if (share) await manager.upsert(PasSharing, { councilId, sharedById: viewer.userId }, ['councilId']);
      else await manager.delete(PasSharing, { councilId });
      await this.audit.record(
        ctx,
        {
          action: share ? AuditAction.PAS_SHARING_STARTED : AuditAction.PAS_SHARING_STOPPED,
          subjectType: 'council',
          subject: council ? `${council.name} (${council.gssCode})` : councilId,
          summary: share ? 'Started sharing identified results with PAS' : 'Stopped sharing identified results with PAS',
        },
        manager,
      );
    });
    return share;
  }

  /**
   * A collaboration group's agreed ratings side by side, identified, for members that consent,
   * ordered by where they differ most. The viewer's council must itself be a consenting member.
   */
  async collaborationComparison(ctx: RequestContext, args: CollaborationComparisonArgs): Promise<CollaborationComparison> {
    const viewer = viewerOf(ctx);
    const framework = await this.frameworks.findRatedOrThrow(args.frameworkKey, args.frameworkVersion);
    const members: { council_id: string; name: string }[] = await this.dataSource.query(
      `SELECT m.council_id, g.name FROM collaboration_member m JOIN collaboration_group g ON g.id = m.group_id
        WHERE m.group_id = $1 AND m.consented_at IS NOT NULL ORDER BY m.council_id`,
      [args.groupId],
    );
    const isMember = viewer.role === UserRole.ADMINISTRATOR || members.some((m) => m.council_id === viewer.councilId);
    if (!isMember)
      throw new CollaborationError(CollaborationErrorCode.NOT_IN_GROUP, 'Your council is not a consenting member of this group.');
    const visible = members.filter((m) => councilAccess(viewer, m.council_id) !== 'none');
    for (const m of visible) assertCanReadAgreedRatings(viewer, m.council_id);
    const councils = (await this.councils.findByIds(visible.map((m) => m.council_id)))
      .filter((c): c is Council => c !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));

    const read = submittedAgreedRatingsRead(
      framework.id,
      args.round,
      councils.map((c) => c.id),
    );
    const agreed: SubmittedAgreedRatingRow[] = await inViewerTransaction(this.dataSource, ctx, (manager) =>
      manager.query(read.sql, read.params),
    );
    const rows = framework.dimensions.flatMap((dimension) =>
      framework.sections.flatMap((section) =>
        section.items.map((item) => {
          const levels = councils.map((c) => {
            const found = agreed.find((r) => r.council_id === c.id && r.item_id === item.id && r.dimension_id === dimension.id);
            return found ? (dimension.levels.find((l) => l.id === found.level_id) ?? null) : null;
          });
          const positions = levels.filter((l) => l !== null).map((l) => l!.position);
          return Object.assign(new CollaborationRow(), {
            item,
            section,
            dimension,
            levels,
            difference: positions.length > 1 ? Math.max(...positions) - Math.min(...positions) : 0,
          });
        }),
      ),
    );
    const order = new Map(rows.map((r, i) => [r, i]));
    rows.sort((a, b) => b.difference - a.difference || order.get(a)! - order.get(b)!);
    return Object.assign(new CollaborationComparison(), {
      groupName: members[0]?.name ?? '',
      framework,
      round: args.round,
      councils,
      rows,
    });
  }

  /** Councils whose agreed ratings this council's users may read: partners in a group where both consent. */
  async consentingPartnerIds(councilId: string): Promise<string[]> {
    const [row]: { ids: string[] }[] = await this.dataSource.query(`SELECT ${consentingPartnerIdsSql('$1')} AS ids`, [councilId]);
    return row.ids;
  }

  /** Councils that share their identified results with PAS. */
  async idsSharingWithPas(): Promise<string[]> {
    const [row]: { ids: string[] }[] = await this.dataSource.query(`SELECT ${PAS_SHARING_COUNCIL_IDS_SQL} AS ids`);
    return row.ids;
  }

  private async findGroupOrThrow(id: string): Promise<CollaborationGroup> {
    const group = await this.dataSource.manager.findOne(CollaborationGroup, { where: { id }, relations: { members: { council: true } } });
    if (!group) throw new CollaborationError(CollaborationErrorCode.GROUP_NOT_FOUND, `No collaboration group with id ${id}.`);
    return group;
  }
}
