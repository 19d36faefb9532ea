import { DomainError } from '../../common/errors/domain-error';

export enum FrameworkErrorCode {
  FRAMEWORK_NOT_FOUND = 'FRAMEWORK_NOT_FOUND',
  FRAMEWORK_NOT_RATED = 'FRAMEWORK_NOT_RATED',
  FRAMEWORK_VERSION_CHANGED = 'FRAMEWORK_VERSION_CHANGED',
}

export class FrameworkError extends DomainError<FrameworkErrorCode> {}
