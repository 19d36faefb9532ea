import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { defineModule, type ServiceDeps } from '../../common/module';
import type { CollaborationService } from '../collaboration/index';
import type { CouncilService } from '../council/index';

import { ApiToken } from './api-token.entity';
import { ApiTokenResolver } from './api-token.resolver';
import { AuthErrorCode } from './auth.errors';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SignInFailure } from './sign-in-attempt.entity';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';

/** Users, sign-in, sessions, API tokens and invitations. */
export const authModule = defineModule({
  name: 'auth',
  entities: [User, UserSession, ApiToken, SignInFailure],
  createService: ({ dataSource, config, services }: ServiceDeps<{ council: CouncilService; collaboration: CollaborationService }>) =>
    new AuthService(dataSource, services.council, services.collaboration, { ...config.authPolicy }),
  resolvers: [
    { resolver: AuthResolver, create: (services) => new AuthResolver(services.auth) },
    { resolver: ApiTokenResolver, create: (services) => new ApiTokenResolver(services.auth.tokens) },
  ],
  errorCodes: {
    [AuthErrorCode.TOKEN_NOT_FOUND]: 'NOT_FOUND',
    [AuthErrorCode.INVALID_CREDENTIALS]: 'UNAUTHENTICATED',
    [AuthErrorCode.TOO_MANY_ATTEMPTS]: 'TOO_MANY_REQUESTS',
    [AuthErrorCode.INVITATION_INVALID]: 'BAD_USER_INPUT',
    [AuthErrorCode.ROLE_NEEDS_COUNCIL]: 'BAD_USER_INPUT',
    [AuthErrorCode.USER_EXISTS]: 'CONFLICT',
  } satisfies Record<AuthErrorCode, GraphQLErrorClass>,
});
