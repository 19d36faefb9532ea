import { DomainError } from '../../common/errors/domain-error';

export enum AuditErrorCode {
  /** The action was done with no signed-in user to record it against. */
  NO_ACTOR = 'NO_ACTOR',
}

export class AuditError extends DomainError<AuditErrorCode> {}
