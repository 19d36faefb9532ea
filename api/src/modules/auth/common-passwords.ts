import { dictionary } from '@zxcvbn-ts/language-common';

import { AuthError, AuthErrorCode } from './auth.errors';

/**
 * The ~49,000 most common passwords from breaches, as the zxcvbn-ts project maintains them
 * (@zxcvbn-ts/language-common, built from public breach corpora such as SecLists'). NCSC guidance:
 * block the commonest passwords rather than impose composition rules.
 */
const COMMON = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

/**
 * A common password with digits or symbols put on the end ("dragon2024!", "password123456") is
 * still one of the first an attacker tries; a base this short is too little to count as "the same".
 */
const PADDED = /^(.{4,}?)[\d\W_]+$/u;

/** Whether a password is, or is only a padded copy of, a commonly used password (case-insensitive). */
export function isCommonPassword(password: string): boolean {
  const plain = password.trim().toLowerCase();
  if (COMMON.has(plain)) return true;
  const base = PADDED.exec(plain)?.[1];
  return base !== undefined && COMMON.has(base);
}

/** What the person setting a password is told about the rule. */
export const COMMON_PASSWORD_MESSAGE =
  'This password is too common: it appears in lists of passwords that attackers try first. Choose a different one, such as three random words.';

/** Throws PASSWORD_TOO_COMMON for a common password; the length rule is checked on the input. */
export function assertPasswordNotCommon(password: string): void {
  if (isCommonPassword(password)) throw new AuthError(AuthErrorCode.PASSWORD_TOO_COMMON, COMMON_PASSWORD_MESSAGE);
}
