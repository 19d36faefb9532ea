import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { DomainError } from '../../common/errors/domain-error';

export enum UserAdministrationErrorCode {
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  /** The change would leave no active administrator to manage the service. */
  LAST_ADMINISTRATOR = 'LAST_ADMINISTRATOR',
}

export class UserAdministrationError extends DomainError<UserAdministrationErrorCode> {}

/** The GraphQL class of each code, spread into the auth module's manifest. */
export const USER_ADMINISTRATION_ERROR_CLASSES = {
  [UserAdministrationErrorCode.USER_NOT_FOUND]: 'NOT_FOUND',
  [UserAdministrationErrorCode.LAST_ADMINISTRATOR]: 'CONFLICT',
} satisfies Record<UserAdministrationErrorCode, GraphQLErrorClass>;
