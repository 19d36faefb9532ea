import { DomainError } from '../../common/errors/domain-error';

export enum CollaborationErrorCode {
  GROUP_NOT_FOUND = 'GROUP_NOT_FOUND',
  GROUP_EXISTS = 'GROUP_EXISTS',
  NOT_A_MEMBER = 'NOT_A_MEMBER',
  /** Asked for a group's identified comparison without being a consenting member. */
  NOT_IN_GROUP = 'NOT_IN_GROUP',
}

export class CollaborationError extends DomainError<CollaborationErrorCode> {}
