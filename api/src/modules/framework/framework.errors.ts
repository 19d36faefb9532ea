import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: FrameworkErrorCode, classes: FRAMEWORK_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['FRAMEWORK_NOT_FOUND'],
  BAD_USER_INPUT: ['FRAMEWORK_NOT_RATED'],
  INTERNAL_SERVER_ERROR: ['FRAMEWORK_VERSION_CHANGED'],
});
export type FrameworkErrorCode = keyof typeof FrameworkErrorCode;

export class FrameworkError extends DomainError<FrameworkErrorCode> {}
