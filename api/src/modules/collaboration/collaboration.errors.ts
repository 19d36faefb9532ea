import { DomainError } from '../../common/errors/domain-error';

export enum CollaborationErrorCode {
  GROUP_NOT_FOUND = 'GROUP_NOT_FOUND',
  GROUP_EXISTS = 'GROUP_EXISTS',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
}

export class CollaborationError extends DomainError<CollaborationErrorCode> {}
