import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: UserAdministrationErrorCode, classes: USER_ADMINISTRATION_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['USER_NOT_FOUND'],
  CONFLICT: [
    /** The change would leave no active administrator to manage the service. */
    'LAST_ADMINISTRATOR',
  ],
});
export type UserAdministrationErrorCode = keyof typeof UserAdministrationErrorCode;

export class UserAdministrationError extends DomainError<UserAdministrationErrorCode> {}
