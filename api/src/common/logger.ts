import pino, { type Logger } from 'pino';

/**
 * Paths pino replaces with "[redacted]" wherever they appear in a log record: credentials in
 * request headers, GraphQL variables and error objects. Log records carry ids and kinds, not inputs;
 * this list is the second line of defence.
 */
export const REDACTED_PATHS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'secret',
  'cookie',
  'authorization',
  '*.password',
  '*.newPassword',
  '*.currentPassword',
  '*.token',
  '*.secret',
  '*.cookie',
  '*.authorization',
  '*.*.password',
  '*.*.token',
  '*.*.secret',
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-participant-token"]',
  'res.headers["set-cookie"]',
  'variables',
  '*.variables',
];

/** A JSON logger writing to the given stream (stdout by default), with credentials redacted. */
export function createLogger(options: { level?: string; stream?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'touchstone' },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      // Error objects keep their message, code and stack, but never the driver's query parameters.
      serializers: { err: serializeError },
    },
    options.stream ?? process.stdout,
  );
}

/** An error as a log record: its class, message, code and stack, and nothing it carries besides. */
export function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as { code?: unknown };
  return { type: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), stack: error.stack };
}

/** The process's logger; start-up sets its level from config (LOG_LEVEL) with `logger.level = …`. */
export const logger: Logger = createLogger();
