/** The audit module's public surface: what other modules, the composition root, scripts and tests may use. */
export { AuditAction, AuditEvent } from './audit-event.entity';
export { auditModule } from './audit.module';
export { type AuditEntry, AuditService } from './audit.service';
