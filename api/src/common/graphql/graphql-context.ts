import type { RequestContext } from '../request-context';

/** Cookie plumbing for the sign-in and sign-out mutations. */
export type HttpSession = {
  sessionToken: string | undefined;
  setSessionCookie(token: string): void;
  clearSessionCookie(): void;
};

/** What every resolver receives: the request's context for services, and the session cookie. */
export type GraphQLContext = {
  request: RequestContext;
  http: HttpSession;
  /** An anonymous session participant's device token (X-Participant-Token header, or the WebSocket's connectionParams). */
  participantToken: string | null;
};
