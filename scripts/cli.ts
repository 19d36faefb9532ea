import { ConfigError } from '../api/src/config';

/** A mistake on the command line: reported as a message and the usage, never as a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Runs a command-line parser, turning any complaint (parseArgs' included) into a UsageError that ends with the usage. */
export function parseWithUsage<TResult>(usage: string, parse: () => TResult): TResult {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}

/** Prints why a script failed (just the message for mistakes the user can fix) and sets a failing exit code. */
export function reportFailure(error: unknown): void {
  console.error(error instanceof UsageError || error instanceof ConfigError ? error.message : error);
  process.exitCode = 1;
}
