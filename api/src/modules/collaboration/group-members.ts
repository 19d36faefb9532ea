import type { EntityManager } from 'typeorm';

import type { RequestContext } from '../../common/request-context';
import type { AuditAction, AuditService } from '../audit/index';
import type { Council, CouncilService } from '../council/index';

import type { CollaborationGroup } from './collaboration-group.entity';
import { CollaborationMember } from './collaboration-member.entity';

/** The councils with these GSS codes, each once. Throws COUNCIL_NOT_FOUND for a code that names none. */
export function councilsByGssCode(ctx: RequestContext, councils: CouncilService, gssCodes: string[]): Promise<Council[]> {
  return Promise.all([...new Set(gssCodes)].map((code) => councils.findByGssCodeOrThrow(ctx, code)));
}

/**
 * Adds councils to a group as members who share nothing until their lead consents, and records the
 * change in the audit log in the same transaction.
 */
export async function addGroupMembers(
  ctx: RequestContext,
  manager: EntityManager,
  audit: AuditService,
  { group, councils, action, summary }: { group: CollaborationGroup; councils: Council[]; action: AuditAction; summary: string },
): Promise<void> {
  await manager.insert(
    CollaborationMember,
    councils.map((c) => ({ groupId: group.id, councilId: c.id, consentedAt: null })),
  );
  await audit.record(ctx, { action, subjectType: 'collaboration group', subject: group.name, summary }, manager);
}
