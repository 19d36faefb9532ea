import type { DataSource, EntityManager } from 'typeorm';

import { assertIsAdministrator } from '../../common/auth/access-policy';
import type { RequestContext } from '../../common/request-context';

import { type AuditAction, AuditEvent } from './audit-event.entity';
import { AuditError, AuditErrorCode } from './audit.errors';
import type { AuditEventsArgs } from './dto/audit-events.args';

/** What another module says about an action it has just taken; who and when come from the request. */
export type AuditEntry = { action: AuditAction; subjectType: string; subject: string; summary: string };

/** The append-only audit log of administration and sharing actions. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records an action by the request's viewer. Pass the transaction's manager when the action runs
   * in one, so that the action and its record are kept or lost together. Throws NO_ACTOR without a viewer.
   */
  async record(ctx: RequestContext, entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const viewer = ctx.viewer;
    if (!viewer) throw new AuditError(AuditErrorCode.NO_ACTOR, 'An audited action needs a signed-in user.');
    await manager.insert(AuditEvent, { actorId: viewer.userId, actorEmail: viewer.email, actorRole: viewer.role, ...entry });
  }

  /** A page of the log, newest first (administrators only); throws FORBIDDEN for anyone else. */
  async findPage(ctx: RequestContext, { take, skip }: AuditEventsArgs): Promise<{ events: AuditEvent[]; total: number }> {
    if (!ctx.viewer) throw new AuditError(AuditErrorCode.NO_ACTOR, 'Sign in to continue.');
    assertIsAdministrator(ctx.viewer);
    // id breaks ties between events of the same instant, so pages never overlap or skip.
    const [events, total] = await this.dataSource.manager.findAndCount(AuditEvent, {
      order: { occurredAt: 'DESC', id: 'DESC' },
      take,
      skip,
    });
    return { events, total };
  }
}
