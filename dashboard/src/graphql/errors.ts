import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/** One problem to show the user: the message and, when the API said why, its domain code. */
export type ErrorMessage = { message: string; reason: string | null };

/**
 * The messages to show for an Apollo error. The API's formatter already replaces anything
 * unexpected with a generic message, so GraphQL error messages are safe to show as they are.
 */
export function getErrorMessages(error: ErrorLike): ErrorMessage[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      message: e.message,
      reason: typeof e.extensions?.reason === 'string' ? e.extensions.reason : null,
    }));
  }
  // A network failure or an HTTP error: the message is technical, so lead with what to do.
  return [{ message: `Touchstone could not get the figures. Check your connection and try again. (${error.message})`, reason: null }];
}
