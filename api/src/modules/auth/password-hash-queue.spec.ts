import { AuthErrorCode } from './auth.errors';
import { PasswordHashQueue } from './password-hash-queue';
import { hashPassword, passwordProof } from './password-hashing';

/** Hashing threads that finish only when told to, so the test sees how many run at once. */
function heldWorkers() {
  const held: (() => void)[] = [];
  let running = 0;
  let mostAtOnce = 0;
  return {
    held,
    get mostAtOnce() {
      return mostAtOnce;
    },
    run: () =>
      new Promise<string>((resolve) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        held.push(() => {
          running--;
          resolve('proof');
        });
      }),
    close: async () => undefined,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PasswordHashQueue', () => {
  it('should run at most `concurrency` hashes at once, queue up to `queue`, and refuse the rest as busy', async () => {
    const workers = heldWorkers();
    const queue = new PasswordHashQueue({ concurrency: 2, queue: 3 }, workers);
    const outcomes = Array.from({ length: 8 }, () => queue.prove('settings', 'password').then(String, (e: { code: string }) => e.code));
    await settle();
    expect(queue.load).toEqual({ running: 2, waiting: 3 });
    while (workers.held.length > 0) {
      workers.held.shift()!();
      await settle();
    }
    expect(await Promise.all(outcomes)).toEqual([
      'proof',
      'proof',
      'proof',
      'proof',
      'proof',
      AuthErrorCode.PASSWORD_CHECKS_BUSY,
      AuthErrorCode.PASSWORD_CHECKS_BUSY,
      AuthErrorCode.PASSWORD_CHECKS_BUSY,
    ]);
    expect(workers.mostAtOnce).toBe(2);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('should hash and prove in worker threads the same way as on the main thread', async () => {
    const queue = new PasswordHashQueue({ concurrency: 1, queue: 1 });
    /** A PHC string as the database keeps it: the settings, without the hash (the proof). */
    const split = (phc: string) => ({ settings: phc.slice(0, phc.lastIndexOf('$')), hash: phc.slice(phc.lastIndexOf('$') + 1) });
    const proofOfHash = (hash: string) => Buffer.from(hash, 'base64').toString('hex');
    try {
      const { settings, hash } = split(await queue.hash('violet harbour teapot'));
      expect(settings).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}$/);
      expect(await queue.prove(settings, 'violet harbour teapot')).toBe(proofOfHash(hash));
      expect(await queue.prove(settings, 'violet harbour teapots')).not.toBe(proofOfHash(hash));
      const onMain = split(await hashPassword('made on the main thread'));
      expect(await queue.prove(onMain.settings, 'made on the main thread')).toBe(proofOfHash(onMain.hash));
      expect(await passwordProof(onMain.settings, 'made on the main thread')).toBe(proofOfHash(onMain.hash));
      // Settings that are not argon2id's still cost a hash, and prove nothing.
      expect(await queue.prove('not-settings', 'anything')).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await queue.close();
    }
  });
});
