import { defineModule, type ServiceDeps } from '../../common/module';
import type { AuditService } from '../audit/index';
import type { CollaborationService } from '../collaboration/index';
import type { CouncilService } from '../council/index';

import { ApiToken } from './api-token.entity';
import { ApiTokenResolver } from './api-token.resolver';
import { AUTH_ERROR_CLASSES } from './auth.errors';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordHashQueue } from './password-hash-queue';
import { PasswordReset } from './password-reset.entity';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { SignInLimits } from './sign-in-limits';
import { SignInThrottle } from './sign-in-throttle.entity';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';
import { UserAdministrationResolver } from './user-administration.resolver';
import { UserFieldResolver } from './user-field.resolver';
import { UserAdministrationService } from './user-administration.service';
import { USER_ADMINISTRATION_ERROR_CLASSES } from './user-administration.errors';

/** Users, sign-in, sessions, API tokens and invitations. */
export const authModule = defineModule({
  name: 'auth',
  entities: [User, UserSession, ApiToken, SignInThrottle, PasswordReset],
  createService: ({
    dataSource,
    config,
    services,
  }: ServiceDeps<{ council: CouncilService; collaboration: CollaborationService; audit: AuditService }>) => {
    const limits = new SignInLimits(dataSource, config.signInLimits);
    const hashing = new PasswordHashQueue(config.passwordHashing);
    const passwordResets = new PasswordResetService(dataSource, limits, hashing, { minutes: config.PASSWORD_RESET_MINUTES });
    const auth = new AuthService(
      dataSource,
      services.council,
      services.collaboration,
      config.authPolicy,
      { limits, hashing, passwordResets },
      services.audit,
    );
    return Object.assign(auth, { administration: new UserAdministrationService(dataSource, services.council, services.audit) });
  },
  resolvers: [
    { resolver: AuthResolver, create: (services) => new AuthResolver(services.auth) },
    { resolver: ApiTokenResolver, create: (services) => new ApiTokenResolver(services.auth.tokens) },
    { resolver: PasswordResetResolver, create: (services) => new PasswordResetResolver(services.auth.passwordResets) },
    { resolver: UserAdministrationResolver, create: (services) => new UserAdministrationResolver(services.auth.administration) },
    { resolver: UserFieldResolver, create: (services) => new UserFieldResolver(services.council) },
  ],
  // Pruning old limits and links runs with the app; it and the password hashing threads stop with it.
  lifecycle: { start: async (service) => service.start(), stop: (service) => service.close() },
  errorCodes: { ...AUTH_ERROR_CLASSES, ...USER_ADMINISTRATION_ERROR_CLASSES },
});
