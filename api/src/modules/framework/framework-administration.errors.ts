import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: FrameworkAdministrationErrorCode, classes: FRAMEWORK_ADMINISTRATION_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['UPLOAD_NOT_FOUND'],
  CONFLICT: [
    /** The upload's key and version are published already; a published version never changes. */
    'VERSION_ALREADY_PUBLISHED',
  ],
});
export type FrameworkAdministrationErrorCode = keyof typeof FrameworkAdministrationErrorCode;

export class FrameworkAdministrationError extends DomainError<FrameworkAdministrationErrorCode> {}
