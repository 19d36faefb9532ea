import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other on a projector or a phone: no 0/O, 1/I/L or 5/S. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXYZ2346789';
export const JOIN_CODE_LENGTH = 6;

/** A random join code (about 600 million possibilities; guessing is limited per address). */
export function newJoinCode(): string {
  return Array.from({ length: JOIN_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');
}

/** What a person typed, as a code: case, spaces and hyphens do not matter. */
export const normaliseJoinCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

export const isWellFormedJoinCode = (code: string): boolean =>
  code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));

/** A participant's token: 32 random bytes, shown once to the device; only its SHA-256 is stored. */
export const newParticipantToken = (): string => `tsp_${randomBytes(32).toString('base64url')}`;
export const hashParticipantToken = (token: string): string => createHash('sha256').update(token).digest('hex');
