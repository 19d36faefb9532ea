import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: AssessmentErrorCode, classes: ASSESSMENT_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['ASSESSMENT_NOT_FOUND'],
  BAD_USER_INPUT: [
    'ITEM_NOT_FOUND',
    'DIMENSION_NOT_FOUND',
    'DIMENSION_REQUIRED',
    'LEVEL_NOT_FOUND',
    'LEVEL_NOT_IN_SCALE',
    'DUPLICATE_RATING',
    'ASSESSMENT_EMPTY',
    'SECTION_NOT_FOUND',
  ],
  CONFLICT: ['ASSESSMENT_DRAFT_EXISTS', 'ASSESSMENT_NOT_EDITABLE', 'ASSESSMENT_ALREADY_SUBMITTED', 'IDEMPOTENCY_KEY_REUSED'],
});
export type AssessmentErrorCode = keyof typeof AssessmentErrorCode;

export class AssessmentError extends DomainError<AssessmentErrorCode> {}
