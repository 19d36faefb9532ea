import { randomBytes } from 'node:crypto';

import { AuthError, AuthErrorCode } from './auth.errors';
import { PasswordHashWorkers } from './password-hash-workers';
import { proofParametersOf } from './password-hashing';

/** How many password hashes run at once in this process, and how many may wait for a turn. */
export type PasswordHashingPolicy = { concurrency: number; queue: number };

export const DEFAULT_PASSWORD_HASHING: PasswordHashingPolicy = { concurrency: 2, queue: 32 };

/** How long a refused caller is told to wait: a queue's worth of hashes takes a few seconds on two cores. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * Every password hash in the process goes through here. argon2id takes 19 MiB and a CPU core for
 * about a tenth of a second, so hundreds at once took the process to gigabytes and timed most of
 * them out; here at most `concurrency` run, at most `queue` wait their turn, and the rest are
 * refused at once with PASSWORD_CHECKS_BUSY (HTTP 429, try again), so memory stays flat however
 * many arrive.
 */
export class PasswordHashQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly policy: PasswordHashingPolicy = DEFAULT_PASSWORD_HASHING,
    private readonly workers: Pick<PasswordHashWorkers, 'run' | 'close'> = new PasswordHashWorkers(policy.concurrency),
  ) {}

  /** A hash of the password (argon2id, PHC string, as password-hashing.ts makes); throws PASSWORD_CHECKS_BUSY when the queue is full. */
  async hash(password: string): Promise<string> {
    return this.run(() => this.workers.run({ op: 'hash', password, salt: randomBytes(16) }));
  }

  /**
   * The proof of the password under a stored password's settings (password-hashing.ts
   * passwordProof), for the database to check; throws PASSWORD_CHECKS_BUSY when the queue is full.
   */
  async prove(settings: string, password: string): Promise<string> {
    return this.run(() => this.workers.run({ op: 'prove', password, parameters: proofParametersOf(settings) }));
  }

  /** Stops the hashing threads. */
  close(): Promise<void> {
    return this.workers.close();
  }

  /** Hashes running and waiting now. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private async run<TResult>(task: () => Promise<TResult>): Promise<TResult> {
    if (this.running < this.policy.concurrency) this.running++;
    else if (this.waiting.length < this.policy.queue) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else
      throw new AuthError(
        AuthErrorCode.PASSWORD_CHECKS_BUSY,
        `Touchstone is checking a lot of passwords at the moment. Wait ${BUSY_RETRY_AFTER_SECONDS} seconds and try again.`,
        BUSY_RETRY_AFTER_SECONDS,
      );
    try {
      return await task();
    } finally {
      // The turn passes straight to the next in line, so `running` counts it still.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
