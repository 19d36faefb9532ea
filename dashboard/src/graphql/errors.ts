import { CombinedGraphQLErrors, type ErrorLike } from '@apollo/client';

/**
 * One problem to show the user: the message and, when the API said why, its GraphQL class (`code`,
 * e.g. FORBIDDEN) and domain code (`reason`, e.g. COUNCIL_NOT_FOUND).
 */
export type ErrorMessage = { message: string; code: string | null; reason: string | null };

/**
 * The messages to show for an Apollo error. The API's formatter already replaces anything
 * unexpected with a generic message, so GraphQL error messages are safe to show as they are.
 */
export function getErrorMessages(error: ErrorLike): ErrorMessage[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      message: e.message,
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : null,
      reason: typeof e.extensions?.reason === 'string' ? e.extensions.reason : null,
    }));
  }
  // A network failure or an HTTP error: the message is technical, so lead with what to do.
  return [
    { message: `Touchstone could not reach its server. Check your connection and try again. (${error.message})`, code: null, reason: null },
  ];
}

/**
 * Whether a message means "sign in first". A refused sign-in shares the UNAUTHENTICATED class, but it
 * is the sign-in form's own error to show, not a reason to go to the sign-in page.
 */
export const isSignInRequired = (message: ErrorMessage): boolean =>
  message.code === 'UNAUTHENTICATED' && message.reason !== 'INVALID_CREDENTIALS';

/** Whether an Apollo error means the session has ended (or never began). */
export const needsSignIn = (error: ErrorLike): boolean => getErrorMessages(error).some(isSignInRequired);

/**
 * The messages a page shows for its errors: every message of each error there is, without "sign in".
 * An ended session is not the page's problem to explain: the Apollo link is already sending the
 * browser to sign in.
 */
export const pageErrorMessages = (errors: readonly (ErrorLike | null | undefined)[]): ErrorMessage[] =>
  errors.flatMap((e) => (e ? getErrorMessages(e) : [])).filter((m) => !isSignInRequired(m));

/** The one message a form shows for a refused action: the API's first, or the error's own where the API gave none. */
export const firstErrorMessage = (error: Error): string => getErrorMessages(error)[0]?.message ?? error.message;

/**
 * Waits for an action and, where it is refused, rejects with firstErrorMessage's words (the cause
 * kept), for the forms that show a rejection's message as it is.
 */
export async function withFirstErrorMessage(action: Promise<unknown>): Promise<void> {
  try {
    await action;
  } catch (e) {
    throw new Error(firstErrorMessage(e as Error), { cause: e });
  }
}
