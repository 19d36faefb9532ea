/**
 * The sign-in form's rules: what to say about what was typed, and about what the API answered. Pure
 * functions, so the messages are tested without a browser. Wording follows the GOV.UK Design System's
 * email address and password patterns.
 */
import type { ErrorMessage } from '../graphql/errors';

/** The fields of the sign-in form; also their ids, so the error summary can link to them. */
export type SignInField = 'email' | 'password';

/** What to show after a failed attempt: the error summary's items and the messages above each field. */
export type SignInProblems = {
  summary: { text: string; field: SignInField | null }[];
  fields: Partial<Record<SignInField, string>>;
};

// The API's own limits (SignInInput), checked here first so the person gets a clear message.
const EMAIL_MAX_LENGTH = 254;
const PASSWORD_MAX_LENGTH = 200;
// Only a sanity check: the API decides whether an address is valid.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const problemsFrom = (fields: SignInProblems['fields']): SignInProblems => ({
  summary: (['email', 'password'] as const).filter((f) => fields[f]).map((field) => ({ text: fields[field]!, field })),
  fields,
});

/** Problems with what was typed, before asking the API; null when there are none. */
export function validateSignIn(email: string, password: string): SignInProblems | null {
  const fields: SignInProblems['fields'] = {};
  const address = email.trim();
  if (address === '') fields.email = 'Enter your email address';
  else if (address.length > EMAIL_MAX_LENGTH) fields.email = `Email address must be ${EMAIL_MAX_LENGTH} characters or fewer`;
  else if (!EMAIL_SHAPE.test(address)) fields.email = 'Enter an email address in the correct format, like name@example.com';
  if (password === '') fields.password = 'Enter your password';
  else if (password.length > PASSWORD_MAX_LENGTH) fields.password = `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`;
  return Object.keys(fields).length > 0 ? problemsFrom(fields) : null;
}

/**
 * Problems from the API's refusal. A wrong email and a wrong password get the same message on
 * purpose (so no one can find out who has an account), so it goes beside both fields and the
 * summary links to the first. Too many attempts is about neither field, so it is in the summary only.
 */
export function signInProblemsFromErrors(messages: ErrorMessage[]): SignInProblems {
  const refused = messages.find((m) => m.reason === 'INVALID_CREDENTIALS');
  if (refused)
    return { summary: [{ text: refused.message, field: 'email' }], fields: { email: refused.message, password: refused.message } };
  const invalidInput = messages.find((m) => m.code === 'BAD_USER_INPUT');
  if (invalidInput) return problemsFrom({ email: 'Enter an email address in the correct format, like name@example.com' });
  return { summary: messages.map((m) => ({ text: m.message, field: null })), fields: {} };
}
