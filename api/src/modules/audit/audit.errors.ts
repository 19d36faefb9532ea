import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: AuditErrorCode, classes: AUDIT_ERROR_CLASSES } = errorCodes({
  UNAUTHENTICATED: [
    /** The action was done with no signed-in user to record it against. */
    'NO_ACTOR',
  ],
});
export type AuditErrorCode = keyof typeof AuditErrorCode;

export class AuditError extends DomainError<AuditErrorCode> {}
