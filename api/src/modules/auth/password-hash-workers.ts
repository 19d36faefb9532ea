import { Worker } from 'node:worker_threads';

import { PASSWORD_HASH_PARAMETERS, type ProofParameters } from './password-hashing';

type Job = { op: 'hash'; password: string; salt: Uint8Array } | { op: 'prove'; password: string; parameters: ProofParameters };
type Reply = { result?: string; error?: string };

/**
 * The worker's code, given as source so that it runs the same from the built JavaScript and from
 * the TypeScript tests; hash-wasm is resolved here, by the main thread, so the worker finds the
 * same copy whatever its working folder.
 */
const workerSource = (hashWasm: string) => `
  const { parentPort } = require('node:worker_threads');
  const { argon2id } = require(${JSON.stringify(hashWasm)});
  parentPort.on('message', async (job) => {
    try {
      const result = job.op === 'hash'
        ? await argon2id({ ...job.parameters, password: job.password, salt: job.salt, outputType: 'encoded' })
        : await argon2id({ ...job.parameters, password: job.password, outputType: 'hex' });
      parentPort.postMessage({ result });
    } catch (error) {
      parentPort.postMessage({ error: String(error) });
    }
  });`;

/**
 * argon2id in worker threads. hash-wasm computes on the thread that calls it, so on the main
 * thread each hash stopped every other request for a tenth of a second; here the API keeps
 * answering while passwords are checked, and `size` hashes use `size` cores. Each worker runs one
 * job at a time: PasswordHashQueue never gives it more. Workers start on first use and do not
 * keep the process alive.
 */
export class PasswordHashWorkers {
  private readonly idle: Worker[] = [];
  private started = 0;

  constructor(private readonly size: number) {}

  run(job: Job): Promise<string> {
    const worker = this.idle.pop() ?? this.start();
    return new Promise((resolve, reject) => {
      const settle = (reply: Reply) => {
        worker.off('error', fail);
        this.idle.push(worker);
        if (reply.error !== undefined) reject(new Error(reply.error));
        else resolve(reply.result!);
      };
      const fail = (error: Error) => {
        worker.off('message', settle);
        this.started--;
        reject(error);
      };
      worker.once('message', settle);
      worker.once('error', fail);
      worker.postMessage({ parameters: PASSWORD_HASH_PARAMETERS, ...job });
    });
  }

  /** Stops every worker (when the app stops). */
  async close(): Promise<void> {
    const workers = this.idle.splice(0);
    this.started -= workers.length;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private start(): Worker {
    if (this.started >= this.size) throw new Error('More password hashes at once than workers: PasswordHashQueue should prevent this.');
    this.started++;
    const worker = new Worker(workerSource(require.resolve('hash-wasm')), { eval: true });
    worker.unref();
    return worker;
  }
}
