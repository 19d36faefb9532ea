import { AuthError, AuthErrorCode } from './auth.errors';
import type { Refusal } from './sign-in-limits';

/** "Wait 30 seconds", "wait 4 minutes": rounded up, so the person is never told to come back too early. */
export function waitPhrase(seconds: number): string {
  if (seconds < 60) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * The refusal of a limited attempt (TOO_MANY_ATTEMPTS, HTTP 429 with Retry-After). The limits
 * count unknown accounts as they count real ones, so neither the message nor the wait says
 * whether the account exists.
 */
export const tooManyAttempts = ({ retryAfterSeconds }: Refusal): AuthError =>
  new AuthError(
    AuthErrorCode.TOO_MANY_ATTEMPTS,
    `Too many attempts. Wait ${waitPhrase(retryAfterSeconds)} and try again.`,
    retryAfterSeconds,
  );
