import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';

import { UserRole } from '../../common/auth/viewer';
import type { GraphQLContext } from '../../common/graphql/graphql-context';

import { AuditEvent } from './audit-event.entity';
import type { AuditService } from './audit.service';
import { AuditEventPage, AuditEventsArgs } from './dto/audit-events.args';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Authorized(UserRole.ADMINISTRATOR)
  @Query(() => AuditEventPage, { description: 'The audit log of administration and sharing actions, newest first.' })
  async auditEvents(@Ctx() { request }: GraphQLContext, @Args(() => AuditEventsArgs) args: AuditEventsArgs): Promise<AuditEventPage> {
    return Object.assign(new AuditEventPage(), await this.auditService.findPage(request, args));
  }
}
