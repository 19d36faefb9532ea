/**
 * The rules of a form that sets a password (accepting an invitation, resetting a forgotten one):
 * what to tell the person before they type, what to say about what they typed, and about what the
 * API answered. Pure functions, so the messages are tested without a browser. Wording follows the
 * GOV.UK Design System's password pattern; the rule follows NCSC guidance (length, and no common
 * passwords, rather than required symbols).
 */
import type { ErrorMessage } from '../graphql/errors';

// The API's own limits (PASSWORD_LENGTH in the auth module's inputs), checked here first for a clear message.
export const NEW_PASSWORD_MIN_LENGTH = 12;
export const NEW_PASSWORD_MAX_LENGTH = 200;

/** Shown under the label, before anything is typed, so the rule is never a surprise. */
export const NEW_PASSWORD_HINT =
  `Use at least ${NEW_PASSWORD_MIN_LENGTH} characters. Three or four random words together are easy to remember and hard to guess. ` +
  'Passwords that appear in lists of common passwords are turned down, even with numbers or symbols added at the end.';

/** What to show after a refused attempt: the summary's items, and the message above the password field. */
export type NewPasswordProblems = { summary: { text: string; toField: boolean }[]; field: string | null };

const fieldProblem = (text: string): NewPasswordProblems => ({ summary: [{ text, toField: true }], field: text });

/** A problem with what was typed, before asking the API; null when there is none. */
export function validateNewPassword(password: string): NewPasswordProblems | null {
  if (password === '') return fieldProblem('Enter a password');
  if (password.length < NEW_PASSWORD_MIN_LENGTH) return fieldProblem(`Password must be ${NEW_PASSWORD_MIN_LENGTH} characters or more`);
  if (password.length > NEW_PASSWORD_MAX_LENGTH) return fieldProblem(`Password must be ${NEW_PASSWORD_MAX_LENGTH} characters or fewer`);
  return null;
}

/**
 * Problems from the API's refusal. A common password, or one of the wrong length, is the field's
 * problem; a used or expired link (or anything else) is about the page, so it is in the summary only.
 */
export function newPasswordProblemsFromErrors(messages: ErrorMessage[]): NewPasswordProblems {
  const common = messages.find((m) => m.reason === 'PASSWORD_TOO_COMMON');
  if (common) return fieldProblem(common.message);
  if (messages.some((m) => m.code === 'BAD_USER_INPUT' && m.reason === null))
    return fieldProblem(`Password must be ${NEW_PASSWORD_MIN_LENGTH} to ${NEW_PASSWORD_MAX_LENGTH} characters`);
  return { summary: messages.map((m) => ({ text: m.message, toField: false })), field: null };
}

/** The token in a link's fragment ("#token=…"): kept out of the path and query, so it reaches no server log. */
export function tokenFromFragment(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.trim() !== '' ? token.trim() : null;
}
