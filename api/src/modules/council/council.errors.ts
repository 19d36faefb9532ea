import { DomainError } from '../../common/errors/domain-error';

export enum CouncilErrorCode {
  COUNCIL_NOT_FOUND = 'COUNCIL_NOT_FOUND',
  CIRCUMSTANCE_NOT_FOUND = 'CIRCUMSTANCE_NOT_FOUND',
}

export class CouncilError extends DomainError<CouncilErrorCode> {}
