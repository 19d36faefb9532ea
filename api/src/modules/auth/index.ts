/** The auth module's public surface: what other modules, the composition root, scripts and tests may use. */
export { ApiTokenScope, enforceApiTokenScopes } from './api-token.scopes';
export { authModule } from './auth.module';
export { type AuthPolicy, AuthService, DEFAULT_AUTH_POLICY } from './auth.service';
export { AccountMailWorker, type AccountMailWorkerOptions, startAccountMailWorker } from './mail/account-mail-worker';
export { Mailer } from './mail/mailer';
export { hashPassword } from './password-hashing';
export { User } from './user.entity';
