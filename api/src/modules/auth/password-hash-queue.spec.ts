import { AuthErrorCode } from './auth.errors';
import { PasswordHashQueue } from './password-hash-queue';
import { hashPassword } from './password-hashing';

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
      new Promise<string | boolean>((resolve) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        held.push(() => {
          running--;
          resolve(true);
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
    const outcomes = Array.from({ length: 8 }, () => queue.verify('hash', 'password').then(String, (e: { code: string }) => e.code));
    await settle();
    expect(queue.load).toEqual({ running: 2, waiting: 3 });
    while (workers.held.length > 0) {
      workers.held.shift()!();
      await settle();
    }
    expect(await Promise.all(outcomes)).toEqual([
      'true',
      'true',
      'true',
      'true',
      'true',
      AuthErrorCode.PASSWORD_CHECKS_BUSY,
      AuthErrorCode.PASSWORD_CHECKS_BUSY,
      AuthErrorCode.PASSWORD_CHECKS_BUSY,
    ]);
    expect(workers.mostAtOnce).toBe(2);
    expect(queue.load).toEqual({ running: 0, waiting: 0 });
  });

  it('should hash and verify in worker threads the same way as on the main thread', async () => {
    const queue = new PasswordHashQueue({ concurrency: 1, queue: 1 });
    try {
      const hash = await queue.hash('violet harbour teapot');
      expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await queue.verify(hash, 'violet harbour teapot')).toBe(true);
      expect(await queue.verify(hash, 'violet harbour teapots')).toBe(false);
      expect(await queue.verify(await hashPassword('made on the main thread'), 'made on the main thread')).toBe(true);
      expect(await queue.verify('not-a-hash', 'anything')).toBe(false);
    } finally {
      await queue.close();
    }
  });
});
