import type { AuthChecker } from 'type-graphql';

import type { RequestContext } from '../request-context';

import { AccessError, AccessErrorCode } from './access-policy';
import type { UserRole } from './viewer';

/**
 * type-graphql's @Authorized checker: @Authorized() needs a signed-in viewer, @Authorized(roles)
 * one of those roles. It throws rather than returning false so that "not signed in"
 * (UNAUTHENTICATED) and "not allowed" (FORBIDDEN) stay distinct. Which council's data a viewer may
 * reach depends on the arguments, so the services check that against the access policy.
 */
export const authChecker: AuthChecker<{ request: RequestContext }, UserRole> = ({ context }, roles) => {
  const viewer = context.request.viewer;
  if (!viewer) throw new AccessError(AccessErrorCode.UNAUTHENTICATED, context.request.refusal ?? 'Sign in to continue.');
  if (roles.length > 0 && !roles.includes(viewer.role)) throw new AccessError(AccessErrorCode.FORBIDDEN, 'Your role does not allow this.');
  return true;
};
