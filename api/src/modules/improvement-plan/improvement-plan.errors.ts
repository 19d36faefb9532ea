import { DomainError } from '../../common/errors/domain-error';
import { errorCodes } from '../../common/errors/error-codes';

export const { codes: ImprovementPlanErrorCode, classes: IMPROVEMENT_PLAN_ERROR_CLASSES } = errorCodes({
  NOT_FOUND: ['PLAN_NOT_FOUND', 'PLAN_HEADING_NOT_FOUND', 'PLAN_CHALLENGE_NOT_FOUND', 'PLAN_ACTION_NOT_FOUND'],
  CONFLICT: ['PLAN_HEADING_EXISTS'],
  BAD_USER_INPUT: [
    'PLAN_TARGET_UNREADABLE',
    'PLAN_SOURCE_NOT_FOUND',
    'PLAN_SOURCE_INVALID',
    'PROGRESS_DATE_INVALID',
    'PLAN_IMPORT_INVALID',
  ],
});
export type ImprovementPlanErrorCode = keyof typeof ImprovementPlanErrorCode;

export class ImprovementPlanError extends DomainError<ImprovementPlanErrorCode> {}
