import { defineModule, type ServiceDeps } from '../../common/module';

import { AuditEvent } from './audit-event.entity';
import { AUDIT_ERROR_CLASSES } from './audit.errors';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The append-only audit log: other modules record their administration and sharing actions through its service. */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  createService: ({ dataSource }: ServiceDeps<unknown>) => new AuditService(dataSource),
  resolvers: [{ resolver: AuditResolver, create: (services) => new AuditResolver(services.audit) }],
  errorCodes: AUDIT_ERROR_CLASSES,
});
