import type { GraphQLResolveInfo } from 'graphql';
import { type MiddlewareFn } from 'type-graphql';

import { AccessError, AccessErrorCode } from '../../common/auth/access-policy';
import type { Viewer } from '../../common/auth/viewer';
import type { RequestContext } from '../../common/request-context';
import { graphqlEnum, type EnumValue } from '../../common/register-enum';

/** What a request made with an API token may do. A signed-in session may do all its role allows; a token only its scopes. */
export const ApiTokenScope = graphqlEnum(
  'ApiTokenScope',
  ['read', 'submit'],
  "read: the queries the token's owner could make. submit: start, plan, record and submit the owner's council's assessments. " +
    'No token manages tokens, invites anyone, changes plans, sharing or circumstances, or runs sessions: that needs a signed-in session.',
);
export type ApiTokenScope = EnumValue<typeof ApiTokenScope>;

/** Every token ends: the owner chooses when, up to this many days after creating it. */
export const API_TOKEN_MAX_DAYS = 90;

/** The only mutations a token with the submit scope may run: getting its council's assessment in. */
export const SUBMIT_MUTATIONS: ReadonlySet<string> = new Set([
  'createAssessment',
  'planAssessment',
  'recordParticipantResponses',
  'recordAgreedRatings',
  'submitAssessment',
  'submitCompletedAssessment',
]);

/** The scope a top-level field needs when the request carries an API token; null where no token may run it. */
export function scopeNeededFor(operation: 'query' | 'mutation' | 'subscription', fieldName: string): ApiTokenScope | null {
  if (operation === 'query') return ApiTokenScope.READ;
  if (operation === 'mutation' && SUBMIT_MUTATIONS.has(fieldName)) return ApiTokenScope.SUBMIT;
  return null;
}

/** Throws FORBIDDEN when the viewer came with an API token: some things only a person signed in may do. */
export function assertSignedInSession(viewer: Viewer, what: string): void {
  if (viewer.via === 'token') throw new AccessError(AccessErrorCode.FORBIDDEN, `An API token cannot ${what}: sign in to do this.`);
}

/**
 * Refuses, before any resolver runs, a top-level field that the request's API token may not run:
 * a refused token (unknown, expired or revoked) is refused for every field, public ones included,
 * and a live token only runs what its scopes allow. Sessions pass through untouched.
 */
export const enforceApiTokenScopes: MiddlewareFn<{ request: RequestContext }> = ({ context, info }, next) => {
  if (!isTopLevel(info)) return next();
  const { viewer, refusal } = context.request;
  if (refusal) throw new AccessError(AccessErrorCode.UNAUTHENTICATED, refusal);
  if (viewer?.via !== 'token') return next();
  const needed = scopeNeededFor(info.operation.operation, info.fieldName);
  if (!needed) throw new AccessError(AccessErrorCode.FORBIDDEN, `An API token cannot run ${info.fieldName}: sign in to do this.`);
  if (!viewer.tokenScopes?.includes(needed))
    throw new AccessError(AccessErrorCode.FORBIDDEN, `This API token does not have the ${needed} scope needed for ${info.fieldName}.`);
  return next();
};

const isTopLevel = (info: GraphQLResolveInfo): boolean => info.path.prev === undefined;
