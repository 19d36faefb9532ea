import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: SessionErrorCode, classes: SESSION_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['SESSION_NOT_FOUND', 'JOIN_CODE_INVALID'],
  UNAUTHENTICATED: ['PARTICIPANT_TOKEN_INVALID'],
  FORBIDDEN: ['PARTICIPANT_NOT_IN_SESSION'],
  TOO_MANY_REQUESTS: ['TOO_MANY_JOIN_ATTEMPTS'],
  CONFLICT: [
    'JOIN_CODE_EXPIRED',
    'JOINING_CLOSED',
    'SESSION_ENDED',
    'ALREADY_JOINED',
    'STATEMENT_NOT_OPEN',
    'VOTING_CLOSED',
    'NOT_REVEALED',
    'ASSESSMENT_NOT_DRAFT',
  ],
  BAD_USER_INPUT: ['STATEMENT_NOT_IN_SESSION', 'SECTION_NOT_IN_ASSESSMENT', 'WRONG_MODE', 'RATING_INVALID'],
});
export type SessionErrorCode = keyof typeof SessionErrorCode;

export class SessionError extends DomainError<SessionErrorCode> {}
