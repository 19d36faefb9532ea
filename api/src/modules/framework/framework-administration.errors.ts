import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { DomainError } from '../../common/errors/domain-error';

export enum FrameworkAdministrationErrorCode {
  UPLOAD_NOT_FOUND = 'UPLOAD_NOT_FOUND',
  /** The upload's key and version are published already; a published version never changes. */
  VERSION_ALREADY_PUBLISHED = 'VERSION_ALREADY_PUBLISHED',
}

export class FrameworkAdministrationError extends DomainError<FrameworkAdministrationErrorCode> {}

/** The GraphQL class of each code, spread into the framework module's manifest. */
export const FRAMEWORK_ADMINISTRATION_ERROR_CLASSES = {
  [FrameworkAdministrationErrorCode.UPLOAD_NOT_FOUND]: 'NOT_FOUND',
  [FrameworkAdministrationErrorCode.VERSION_ALREADY_PUBLISHED]: 'CONFLICT',
} satisfies Record<FrameworkAdministrationErrorCode, GraphQLErrorClass>;
