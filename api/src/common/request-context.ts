import { randomUUID } from 'node:crypto';

import type { Viewer } from './auth/viewer';

/** Per-request state handed to every service method: who is asking, and an id for the logs. */
export type RequestContext = {
  requestId: string;
  viewer: Viewer | null;
  /** The client's address, for rate limits. */
  ip: string;
  /** Why the credential the request carried was refused (an expired or revoked API token, say); null when none was refused. */
  refusal: string | null;
};

export const createRequestContext = (viewer: Viewer | null = null, ip = 'unknown', refusal: string | null = null): RequestContext => ({
  requestId: randomUUID(),
  viewer,
  ip,
  refusal,
});

/** The signed-in viewer; throws if there is none (resolvers marked @Authorized never reach this without one). */
export function viewerOf(ctx: RequestContext): Viewer {
  if (!ctx.viewer) throw new Error('No signed-in viewer in this request');
  return ctx.viewer;
}
