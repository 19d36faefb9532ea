import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

import { AccessErrorCode } from '../common/auth/access-policy';
import { DomainError } from '../common/errors/domain-error';
import { AssessmentErrorCode } from '../modules/assessment/assessment.errors';
import { AuthErrorCode } from '../modules/auth/auth.errors';
import { BenchmarkErrorCode } from '../modules/benchmark/benchmark.errors';
import { CollaborationErrorCode } from '../modules/collaboration/collaboration.errors';
import { CouncilErrorCode } from '../modules/council/council.errors';
import { FrameworkErrorCode } from '../modules/framework/framework.errors';
import { ImprovementPlanErrorCode } from '../modules/improvement-plan/improvement-plan.errors';
import { PeerGroupErrorCode } from '../modules/peer-group/peer-group.errors';

type DomainCode =
  | AccessErrorCode
  | AssessmentErrorCode
  | AuthErrorCode
  | BenchmarkErrorCode
  | CollaborationErrorCode
  | CouncilErrorCode
  | FrameworkErrorCode
  | ImprovementPlanErrorCode
  | PeerGroupErrorCode;
export type GraphQLCode =
  'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_MANY_REQUESTS' | 'INTERNAL_SERVER_ERROR';

/** The one place domain error codes become GraphQL codes. Exhaustive: a new code will not compile until mapped. */
export function graphQLCodeFor(code: DomainCode): GraphQLCode {
  switch (code) {
    case AssessmentErrorCode.ASSESSMENT_NOT_FOUND:
    case CouncilErrorCode.COUNCIL_NOT_FOUND:
    case CouncilErrorCode.CIRCUMSTANCE_NOT_FOUND:
    case FrameworkErrorCode.FRAMEWORK_NOT_FOUND:
    case AuthErrorCode.TOKEN_NOT_FOUND:
    case CollaborationErrorCode.GROUP_NOT_FOUND:
      return 'NOT_FOUND';
    case AccessErrorCode.UNAUTHENTICATED:
    case AuthErrorCode.INVALID_CREDENTIALS:
      return 'UNAUTHENTICATED';
    case AccessErrorCode.FORBIDDEN:
    case CollaborationErrorCode.NOT_A_MEMBER:
    case BenchmarkErrorCode.NOT_IN_GROUP:
      return 'FORBIDDEN';
    case AuthErrorCode.TOO_MANY_ATTEMPTS:
      return 'TOO_MANY_REQUESTS';
    case AuthErrorCode.INVITATION_INVALID:
    case AuthErrorCode.ROLE_NEEDS_COUNCIL:
      return 'BAD_USER_INPUT';
    case AuthErrorCode.USER_EXISTS:
    case CollaborationErrorCode.GROUP_EXISTS:
      return 'CONFLICT';
    case AssessmentErrorCode.ITEM_NOT_FOUND:
    case AssessmentErrorCode.DIMENSION_NOT_FOUND:
    case AssessmentErrorCode.DIMENSION_REQUIRED:
    case AssessmentErrorCode.LEVEL_NOT_FOUND:
    case AssessmentErrorCode.LEVEL_NOT_IN_SCALE:
    case AssessmentErrorCode.DUPLICATE_RATING:
    case AssessmentErrorCode.ASSESSMENT_EMPTY:
    case FrameworkErrorCode.FRAMEWORK_NOT_RATED:
    case BenchmarkErrorCode.DIMENSION_NOT_FOUND:
    case BenchmarkErrorCode.SECTION_NOT_FOUND:
    case PeerGroupErrorCode.PEER_GROUP_NOT_FOUND:
      return 'BAD_USER_INPUT';
    case AssessmentErrorCode.ASSESSMENT_DRAFT_EXISTS:
    case AssessmentErrorCode.ASSESSMENT_NOT_EDITABLE:
    case AssessmentErrorCode.ASSESSMENT_ALREADY_SUBMITTED:
    case AssessmentErrorCode.IDEMPOTENCY_KEY_REUSED:
      return 'CONFLICT';
    case FrameworkErrorCode.FRAMEWORK_VERSION_CHANGED:
      return 'INTERNAL_SERVER_ERROR';
    case ImprovementPlanErrorCode.PLAN_NOT_FOUND:
    case ImprovementPlanErrorCode.PLAN_HEADING_NOT_FOUND:
    case ImprovementPlanErrorCode.PLAN_CHALLENGE_NOT_FOUND:
    case ImprovementPlanErrorCode.PLAN_ACTION_NOT_FOUND:
      return 'NOT_FOUND';
    case ImprovementPlanErrorCode.PLAN_HEADING_EXISTS:
      return 'CONFLICT';
    case ImprovementPlanErrorCode.PLAN_TARGET_UNREADABLE:
    case ImprovementPlanErrorCode.PLAN_SOURCE_NOT_FOUND:
    case ImprovementPlanErrorCode.PLAN_SOURCE_INVALID:
    case ImprovementPlanErrorCode.PROGRESS_DATE_INVALID:
    case ImprovementPlanErrorCode.PLAN_IMPORT_INVALID:
      return 'BAD_USER_INPUT';
  }
}

/** Codes Apollo and type-graphql give to errors a client caused; their messages are safe to show. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

/**
 * Apollo's formatError: domain errors get a stable `code` (the GraphQL class) and `reason` (the
 * domain code); client mistakes pass through with their details; anything else is logged and
 * replaced by a generic message, so no SQL, stack or schema hint reaches a client.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (message: string, error: unknown) => void = console.error,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      path: formatted.path,
      extensions: { code: graphQLCodeFor(original.code as DomainCode), reason: original.code },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log('Unexpected error in GraphQL request', original);
  return {
    message: 'Something went wrong on our side. The request was not completed; please try again.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
