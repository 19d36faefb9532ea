import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: CouncilErrorCode, classes: COUNCIL_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['COUNCIL_NOT_FOUND', 'CIRCUMSTANCE_NOT_FOUND'],
});
export type CouncilErrorCode = keyof typeof CouncilErrorCode;

export class CouncilError extends DomainError<CouncilErrorCode> {}
