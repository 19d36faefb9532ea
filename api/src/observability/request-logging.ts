import { randomUUID } from 'node:crypto';

import type { RequestHandler } from 'express';

import { logger } from '../common/logger';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id is kept when it looks like one (a proxy's or a client's), so logs can be joined up across services. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/**
 * One JSON log line per HTTP request (method, path without its query string, status, duration,
 * request id), and the request id echoed as X-Request-Id. Headers, bodies and query strings are
 * never logged: they carry cookies, tokens and passwords.
 */
export const requestLogging: RequestHandler = (req, res, next) => {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const requestId = typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = requestId;
  res.setHeader('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
    const path = req.originalUrl.split('?')[0].slice(0, 200);
    const record = { requestId, method: req.method, path, status: res.statusCode, durationMs };
    if (res.statusCode >= 500) logger.warn(record, 'request failed');
    else logger.info(record, 'request');
  });
  next();
};
