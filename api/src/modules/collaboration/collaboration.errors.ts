import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: CollaborationErrorCode, classes: COLLABORATION_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['GROUP_NOT_FOUND'],
  FORBIDDEN: [
    'NOT_A_MEMBER',
    /** Asked for a group's identified comparison without being a consenting member. */
    'NOT_IN_GROUP',
  ],
  CONFLICT: ['GROUP_EXISTS'],
});
export type CollaborationErrorCode = keyof typeof CollaborationErrorCode;

export class CollaborationError extends DomainError<CollaborationErrorCode> {}
