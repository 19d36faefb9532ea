import { randomBytes } from 'node:crypto';

import { argon2id } from 'hash-wasm';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), as a PHC string that
 * carries its own parameters, so they can be raised later without invalidating stored hashes.
 * hash-wasm is WebAssembly: no native build step, so it installs the same everywhere.
 */
export const PASSWORD_HASH_PARAMETERS = { memorySize: 19 * 1024, iterations: 2, parallelism: 1, hashLength: 32 };

/** What argon2id needs, besides the password, to compute a stored password's proof. */
export type ProofParameters = typeof PASSWORD_HASH_PARAMETERS & { salt: Uint8Array };

/** A PHC string: settings and hash. The database keeps the settings and only a sha256 of the hash (the verifier). */
export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PASSWORD_HASH_PARAMETERS, password, salt: randomBytes(16), outputType: 'encoded' });
}

/**
 * The parameters in a password's settings as the database hands them out (a PHC string without its
 * hash: `$argon2id$v=19$m=…,t=…,p=…$<salt>`); for anything else, the defaults with a random salt,
 * so that the hash is still paid and its proof matches nothing.
 */
export function proofParametersOf(settings: string): ProofParameters {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)$/.exec(settings);
  if (!match) return { ...PASSWORD_HASH_PARAMETERS, salt: randomBytes(16) };
  const [, memorySize, iterations, parallelism, salt] = match;
  return {
    memorySize: Number(memorySize),
    iterations: Number(iterations),
    parallelism: Number(parallelism),
    hashLength: PASSWORD_HASH_PARAMETERS.hashLength,
    salt: Buffer.from(salt, 'base64'),
  };
}

/** The raw argon2id output (hex) for the password under these settings: the proof touchstone_open_session checks. */
export function passwordProof(settings: string, password: string): Promise<string> {
  return argon2id({ ...proofParametersOf(settings), password, outputType: 'hex' });
}
