import { randomUUID } from 'node:crypto';

/** Per-request state handed to every service method: who is asking, and an id for the logs. */
export type RequestContext = {
  requestId: string;
};

export const createRequestContext = (): RequestContext => ({ requestId: randomUUID() });
