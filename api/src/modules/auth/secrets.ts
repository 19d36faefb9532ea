import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token (256 bits), URL-safe, with a prefix that says what it is. */
export const newToken = (prefix: string): string => `${prefix}_${randomBytes(32).toString('base64url')}`;

/**
 * Session, API and invitation tokens are high-entropy, so a plain sha256 is enough to store them:
 * the hash cannot be reversed, and lookups stay a single indexed equality.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();
