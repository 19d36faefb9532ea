import { Args, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import { AuthorizedQuery, RequestCtx } from '../../common/graphql/operations';
import type { RequestContext } from '../../common/request-context';

import { AuditEvent } from './audit-event.entity';
import type { AuditService } from './audit.service';
import { AuditEventPage, AuditEventsArgs } from './dto/audit-events.args';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @AuthorizedQuery(() => AuditEventPage, 'The audit log of administration and sharing actions, newest first.', [UserRole.ADMINISTRATOR])
  async auditEvents(@RequestCtx() request: RequestContext, @Args(() => AuditEventsArgs) args: AuditEventsArgs): Promise<AuditEventPage> {
    return Object.assign(new AuditEventPage(), await this.auditService.findPage(request, args));
  }
}
