import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: AuthErrorCode, classes: AUTH_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['TOKEN_NOT_FOUND'],
  UNAUTHENTICATED: ['INVALID_CREDENTIALS'],
  TOO_MANY_REQUESTS: ['TOO_MANY_ATTEMPTS', 'PASSWORD_CHECKS_BUSY'],
  BAD_USER_INPUT: ['PASSWORD_TOO_COMMON', 'PASSWORD_RESET_INVALID', 'INVITATION_INVALID', 'ROLE_NEEDS_COUNCIL'],
  CONFLICT: ['USER_EXISTS'],
});
export type AuthErrorCode = keyof typeof AuthErrorCode;

export class AuthError extends DomainError<AuthErrorCode> {
  /** For refusals that a client should retry: how long to wait, sent as the Retry-After header. */
  constructor(
    code: AuthErrorCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(code, message);
  }
}
