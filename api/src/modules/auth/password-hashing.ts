import { randomBytes } from 'node:crypto';

import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane), as a PHC string that
 * carries its own parameters, so they can be raised later without invalidating stored hashes.
 * hash-wasm is WebAssembly: no native build step, so it installs the same everywhere.
 */
export const PASSWORD_HASH_PARAMETERS = { memorySize: 19 * 1024, iterations: 2, parallelism: 1, hashLength: 32 };

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PASSWORD_HASH_PARAMETERS, password, salt: randomBytes(16), outputType: 'encoded' });
}

/** True when the password matches; false for a mismatch or a malformed stored hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2Verify({ hash, password }).catch(() => false);
}
