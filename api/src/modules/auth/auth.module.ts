import type { GraphQLErrorClass } from '../../common/errors/domain-error';
import { defineModule, type ServiceDeps } from '../../common/module';
import type { AuditService } from '../audit/index';
import type { CollaborationService } from '../collaboration/index';
import type { CouncilService } from '../council/index';

import { ApiToken } from './api-token.entity';
import { AuthErrorCode } from './auth.errors';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SignInFailure } from './sign-in-attempt.entity';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';
import { UserAdministrationResolver } from './user-administration.resolver';
import { UserAdministrationService } from './user-administration.service';
import { USER_ADMINISTRATION_ERROR_CLASSES } from './user-administration.errors';

/** Users, sign-in, sessions, API tokens and invitations. */
export const authModule = defineModule({
  name: 'auth',
  entities: [User, UserSession, ApiToken, SignInFailure],
  createService: ({
    dataSource,
    config,
    services,
  }: ServiceDeps<{ council: CouncilService; collaboration: CollaborationService; audit: AuditService }>) =>
    Object.assign(new AuthService(dataSource, services.council, services.collaboration, { ...config.authPolicy }, services.audit), {
      administration: new UserAdministrationService(dataSource, services.council, services.audit),
    }),
  resolvers: [
    { resolver: AuthResolver, create: (services) => new AuthResolver(services.auth) },
    {
      resolver: UserAdministrationResolver,
      create: (services) => new UserAdministrationResolver(services.auth.administration, services.council),
    },
  ],
  errorCodes: {
    [AuthErrorCode.TOKEN_NOT_FOUND]: 'NOT_FOUND',
    [AuthErrorCode.INVALID_CREDENTIALS]: 'UNAUTHENTICATED',
    [AuthErrorCode.TOO_MANY_ATTEMPTS]: 'TOO_MANY_REQUESTS',
    [AuthErrorCode.INVITATION_INVALID]: 'BAD_USER_INPUT',
    [AuthErrorCode.ROLE_NEEDS_COUNCIL]: 'BAD_USER_INPUT',
    [AuthErrorCode.USER_EXISTS]: 'CONFLICT',
    ...USER_ADMINISTRATION_ERROR_CLASSES,
  } satisfies Record<AuthErrorCode, GraphQLErrorClass>,
});
