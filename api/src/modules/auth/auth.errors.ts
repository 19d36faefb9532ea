import { DomainError } from '../../common/errors/domain-error';

export enum AuthErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVITATION_INVALID = 'INVITATION_INVALID',
  USER_EXISTS = 'USER_EXISTS',
  ROLE_NEEDS_COUNCIL = 'ROLE_NEEDS_COUNCIL',
  TOKEN_NOT_FOUND = 'TOKEN_NOT_FOUND',
}

export class AuthError extends DomainError<AuthErrorCode> {}
